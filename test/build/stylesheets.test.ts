import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(process.cwd(), 'renderer');
const TOKENS = join(RENDERER, 'app', 'tokens.css');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** A declaration's value with a colour literal: #rgb to #rrggbbaa, rgb()/hsl(), or a colour's name. */
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(|\b(?:white|black|red|green|blue|gr[ae]y)\b/i;
const DECLARATION = /[\w-]+\s*:\s*([^;{}]+);/g;

/** The declarations of `css` that write a colour rather than use a token. */
function colourLiterals(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(DECLARATION)]
    .filter(([, value]) => COLOUR_LITERAL.test(value!))
    .map(([declaration]) => declaration.trim());
}

describe('stylesheets (STYLE.md: colours are tokens)', () => {
  const sheets = stylesheets(RENDERER);

  it('finds the tokens and a sheet per feature', () => {
    const names = sheets.map((path) => relative(RENDERER, path).replaceAll('\\', '/'));
    expect(names).toEqual(
      expect.arrayContaining([
        'app/tokens.css',
        'app/app.css',
        'components/components.css',
        'features/data/data.css',
        'features/scenarios/scenarios.css',
        'features/projection/projection.css',
        'features/import/import.css',
      ]),
    );
  });

  it.each(sheets.filter((path) => path !== TOKENS).map((path) => [relative(RENDERER, path), path]))(
    '%s has no colour literal, only tokens',
    (_name, path) => {
      expect(colourLiterals(readFileSync(path, 'utf8'))).toEqual([]);
    },
  );

  it('catches a literal when one is written', () => {
    const css =
      '.a:hover {\n  color: #b91c1c;\n  background: rgba(0, 0, 0, 0.1);\n  border: 1px solid white;\n  white-space: nowrap;\n  fill: var(--color-good);\n}';
    expect(colourLiterals(css)).toEqual([
      'color: #b91c1c;',
      'background: rgba(0, 0, 0, 0.1);',
      'border: 1px solid white;',
    ]);
  });
});
