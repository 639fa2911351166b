import { importFile, undoImport } from '../../db/commands';
import {
  describeIssue,
  previewImport,
  type ImportCounts,
  type NameMatch,
  type ImportIssue,
  type ImportOptions,
  type ImportRequest,
} from '../../db/import';
import {
  IMPORT_FORMATS,
  NEW_SERIES,
  ON_ERROR_CHOICES,
  SCALE_LETTERS,
  SKIP_SERIES,
} from '../../projection/import-types';
import { repositories } from '../../db/repositories';
import { UsageError } from '../cli-errors';
import { formatTable } from '../format-table';
import { openForCli, withWorkbook } from '../open-for-cli';
import type { CommandContext, OptionSpecs } from './command';
import { Refusal, invalidInput } from '../../projection/refusal';

export const IMPORT_USAGE =
  `iwb import FILE DATA [--recipe NAME] [--format ${IMPORT_FORMATS.join('|')}] [--sheet NAME] ` +
  `[--delimiter C] [--decimal C] [--thousands C] [--scale ${SCALE_LETTERS.join('|')}] [--fiscal-year-end COMPANY=MONTH]... ` +
  `[--company NAME] [--source TEXT] [--map NAME=SERIES_KEY]... [--map-new NAME]... [--skip NAME]... [--on-error ${ON_ERROR_CHOICES.join('|')}] [--save-recipe NAME] [--dry-run] [--progress] [--json]`;

export const IMPORT_OPTIONS: OptionSpecs = {
  recipe: { type: 'string' },
  format: { type: 'string' },
  sheet: { type: 'string' },
  delimiter: { type: 'string' },
  decimal: { type: 'string' },
  thousands: { type: 'string' },
  scale: { type: 'string' },
  'fiscal-year-end': { type: 'string', multiple: true },
  map: { type: 'string', multiple: true },
  'map-new': { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  company: { type: 'string' },
  source: { type: 'string' },
  'on-error': { type: 'string' },
  'save-recipe': { type: 'string' },
  'dry-run': { type: 'boolean' },
  progress: { type: 'boolean' },
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pick<T extends string>(
  flag: string,
  value: unknown,
  allowed: Readonly<Record<string, T>>,
): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed[String(value).toLowerCase()];
  if (found === undefined)
    throw new UsageError(`--${flag} "${String(value)}" is not one of ${Object.keys(allowed).join(', ')}`);
  return found;
}

/** A flag's choices spelled as the values themselves ("skip" is skip). */
function byName<T extends string>(choices: readonly T[]): Readonly<Record<string, T>> {
  return Object.fromEntries(choices.map((choice) => [choice, choice]));
}

function fiscalYearEnds(values: unknown): Record<string, number> | undefined {
  if (values === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const text of values as string[]) {
    const m = /^(.+)=(.+)$/.exec(text);
    const monthText = m?.[2]?.trim().toLowerCase() ?? '';
    const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS.indexOf(monthText.slice(0, 3)) + 1;
    if (!m || m[1]!.trim() === '' || month < 1 || month > 12) {
      throw new UsageError(`--fiscal-year-end "${text}" is not COMPANY=MONTH (a month 1-12 or its name)`);
    }
    out[m[1]!.trim()] = month;
  }
  return out;
}

/**
 * Where the command line sends names the file gives: `--map NAME=SERIES_KEY` to a series (the
 * last "=" splits, as names may hold one), `--map-new NAME` to a new series, `--skip NAME` nowhere.
 * NAME is the label as the file writes it, or "Company: metric" for a row of company and metric.
 */
function seriesChoices(flags: CommandContext['flags']): Record<string, string> | undefined {
  const choices: Record<string, string> = {};
  for (const text of (flags.map as string[] | undefined) ?? []) {
    const at = text.lastIndexOf('=');
    if (at <= 0 || text.slice(at + 1).trim() === '') {
      throw new UsageError(`--map "${text}" is not NAME=SERIES_KEY`);
    }
    choices[text.slice(0, at).trim()] = text
      .slice(at + 1)
      .trim()
      .toLowerCase();
  }
  for (const name of (flags['map-new'] as string[] | undefined) ?? []) choices[name.trim()] = NEW_SERIES;
  for (const name of (flags.skip as string[] | undefined) ?? []) choices[name.trim()] = SKIP_SERIES;
  return Object.keys(choices).length === 0 ? undefined : choices;
}

/** The import request a command line asks for. */
export function importRequest(path: string, flags: CommandContext['flags']): ImportRequest {
  const options: ImportOptions = {
    delimiter: pick('delimiter', flags.delimiter, {
      ',': ',',
      ';': ';',
      '|': '|',
      tab: '\t',
      '\\t': '\t',
      '\t': '\t',
    }),
    decimal: pick('decimal', flags.decimal, { '.': '.', ',': ',', point: '.', comma: ',' }),
    thousands: pick('thousands', flags.thousands, {
      ',': ',',
      '.': '.',
      "'": "'",
      space: ' ',
      ' ': ' ',
      none: '',
    }),
    scale: pick('scale', flags.scale, { k: 'K', m: 'M', b: 'B' }),
    onError: pick('on-error', flags['on-error'], byName(ON_ERROR_CHOICES)),
    fiscalYearEnd: fiscalYearEnds(flags['fiscal-year-end']),
    company: flags.company as string | undefined,
    source: flags.source as string | undefined,
    sheet: flags.sheet as string | undefined,
    seriesChoices: seriesChoices(flags),
  };
  const format = pick('format', flags.format, byName(IMPORT_FORMATS));
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, v]) => v !== undefined),
  ) as ImportOptions;
  return {
    path,
    options: defined,
    ...(format ? { format } : {}),
    ...(flags.recipe ? { recipe: flags.recipe as string } : {}),
  };
}

function reportOf(
  counts: ImportCounts,
  issues: readonly ImportIssue[],
  importId: number | null,
  matches: readonly NameMatch[] = [],
) {
  const { inserted, updated, unchanged, skipped } = counts;
  return {
    inserted,
    updated,
    unchanged,
    skipped,
    errors: issues.map(({ line, column, value, message }) => ({ line, column, value, message })),
    importId,
    // Names that landed on a series the workbook has, and how; and the series the file creates.
    matched: matches
      .filter((m) => m.series !== null && m.outcome !== 'new')
      .map(({ name, series, outcome }) => ({ name, series, by: outcome })),
    newSeries: [...new Set(matches.filter((m) => m.outcome === 'new').map((m) => m.series!))],
  };
}

/** A refused import: the JSON report (with --json) on stdout, then one line on stderr, exit 1. */
function refuse(error: Refusal, json: boolean, print: (text: string) => void): never {
  if (json)
    print(
      JSON.stringify(reportOf({ inserted: 0, updated: 0, unchanged: 0, skipped: 0 }, error.issues, null)),
    );
  const fiscal = error.issues.find((i) => /fiscal year of (.+) ends is not known/.test(i.message));
  const company = fiscal ? /fiscal year of (.+) ends is not known/.exec(fiscal.message)![1] : null;
  const hint =
    error.code === 'unconfirmed'
      ? '; pass --decimal , or --decimal .'
      : company !== null
        ? `; pass --fiscal-year-end "${company}=MONTH"`
        : '';
  throw invalidInput(`${error.message}${hint}`);
}

/** `iwb import FILE DATA ...`: imports DATA into the workbook FILE (see IMPORT_USAGE). */
export async function importCommand({
  positionals,
  flags,
  json,
  print,
  parseWorker,
}: CommandContext): Promise<void> {
  const [file, data] = positionals as [string, string];
  const request = importRequest(data, flags);
  const isDryRun = flags['dry-run'] === true;
  if (isDryRun && flags['save-recipe'] !== undefined)
    throw new UsageError('--dry-run writes nothing, not even a recipe');
  const workbook = openForCli(file, { readonly: isDryRun });
  // A dry run prints its report before it refuses; the refusal then adds only its line on stderr.
  let isReported = false;
  try {
    if (isDryRun) {
      const preview = await previewImport(workbook.db, request, { rowLimit: 0, parseWorker });
      const t = preview.totals;
      const skipped = preview.options.onError === 'skip' ? t.errors : 0;
      const report = {
        ...reportOf(
          { inserted: t.new, updated: t.changed, unchanged: t.unchanged, skipped },
          preview.issues,
          null,
          preview.matches,
        ),
        dryRun: true,
      };
      isReported = json;
      if (json) print(JSON.stringify(report));
      else
        print(
          `dry run: would insert ${t.new}, update ${t.changed}, leave ${t.unchanged} unchanged, skip ${skipped} (${t.errors} errors)`,
        );
      const confirm = preview.toConfirm[0];
      if (confirm)
        throw invalidInput(
          `the numbers may use a decimal comma (${confirm.evidence}); pass --decimal , or --decimal .`,
        );
      if (!preview.canCommit) {
        const more = t.errors > 1 ? ` (and ${t.errors - 1} more)` : '';
        throw invalidInput(`${describeIssue(preview.issues[0]!)}${more}; nothing would be imported`);
      }
      return;
    }
    const onProgress = flags.progress
      ? (p: { bytesRead: number; totalBytes: number; values: number }) =>
          process.stderr.write(
            `progress ${p.totalBytes ? Math.floor((100 * p.bytesRead) / p.totalBytes) : 100}% ${p.values} values\n`,
          )
      : undefined;
    const result = await importFile(workbook.db, request, {
      saveRecipeAs: flags['save-recipe'] as string | undefined,
      onProgress,
      parseWorker,
    });
    if (json) {
      return print(JSON.stringify(reportOf(result, result.issues, result.importId, result.matches)));
    }
    print(
      `import ${result.importId}: inserted ${result.inserted}, updated ${result.updated}, unchanged ${result.unchanged}, skipped ${result.skipped}, new series ${result.seriesCreated}`,
    );
    for (const issue of result.issues.slice(0, 10))
      print(
        `skipped line ${issue.line}${issue.column ? `, column "${issue.column}"` : ''}: ${issue.message}`,
      );
  } catch (error) {
    if (error instanceof Refusal && !isReported) refuse(error, json, print);
    throw error;
  } finally {
    workbook.close();
  }
}

/** `iwb imports FILE [--json]`: the workbook's imports, oldest first. */
export function importsCommand({ positionals, json, print }: CommandContext): void {
  const imports = withWorkbook(positionals[0]!, { readonly: true }, (wb) =>
    repositories(wb.db).imports.listImports(),
  );
  const rows = imports.map(({ options: _options, ...rest }) => rest);
  if (json) return print(JSON.stringify(rows));
  print(
    formatTable(
      ['id', 'file', 'imported at', 'inserted', 'updated', 'unchanged', 'skipped', 'recipe', 'undone at'],
      rows.map((r) => [
        r.id,
        r.fileName,
        r.importedAt,
        r.inserted,
        r.updated,
        r.unchanged,
        r.skipped,
        r.recipe ?? '-',
        r.undoneAt ?? '-',
      ]),
    ),
  );
}

/** `iwb undo-import FILE ID [--json]`: undoes one import. */
export function undoImportCommand({ positionals, json, print }: CommandContext): void {
  const [file, idText] = positionals as [string, string];
  if (!/^\d+$/.test(idText)) throw new UsageError(`import id "${idText}" is not a number`);
  const result = withWorkbook(file, {}, (wb) => {
    try {
      return undoImport(wb.db, Number(idText));
    } catch (error) {
      if (error instanceof Refusal) throw invalidInput(error.message);
      throw error;
    }
  });
  if (json) return print(JSON.stringify(result));
  print(
    `undid import ${result.importId}: restored ${result.restored}, removed ${result.removed}, kept ${result.kept} changed since, removed ${result.seriesRemoved} series`,
  );
}

/** `iwb recipes FILE [--json]`: the saved import recipes. */
export function recipesCommand({ positionals, json, print }: CommandContext): void {
  const recipes = withWorkbook(positionals[0]!, { readonly: true }, (wb) =>
    repositories(wb.db).recipes.listRecipes(),
  );
  if (json) return print(JSON.stringify(recipes));
  print(
    formatTable(
      ['name', 'header', 'updated at'],
      recipes.map((r) => [r.name, r.headerSignature, r.updatedAt]),
    ),
  );
}
