import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'worker_threads',
];

/**
 * One entry per layer of STYLE.md's table: what that layer must not import. `more` adds patterns
 * to the same rule: a later entry for the same files replaces the rule's options, not adds to them.
 */
function layer(files, forbidden, message, allowTypeImports = false, more = []) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: forbidden, message, allowTypeImports }, ...more] },
      ],
    },
  };
}

const RENDERER_FORBIDDEN = [
  ...nodeBuiltins,
  'electron',
  'better-sqlite3',
  '**/db/**',
  '**/cli/**',
  '**/electron/main/**',
  '**/electron/preload/**',
  '**/electron/contract',
  '**/electron/import-contract',
  '**/electron/cell-contract',
  '**/electron/files-contract',
  '**/electron/workbook-dtos',
];
const RENDERER_MESSAGE =
  'renderer/ may import projection/ and `import type` from electron/contract only (STYLE.md layers).';
const rendererLayer = (files, more = []) => layer(files, RENDERER_FORBIDDEN, RENDERER_MESSAGE, true, more);

const FEATURE_MESSAGE =
  "A feature never imports another feature's files: move what both need to renderer/components/ (UI, text) or renderer/state/ (shared state and IPC).";

/**
 * renderer/features/<feature>/: a file `depth` folders inside its feature reaches a sibling
 * feature with `depth` times `../` and a name (`../scenarios/x` from a feature's own files);
 * one more `../` is renderer/ itself (components/, state/, api.ts), and beyond it projection/.
 * Three levels cover any folder a feature may grow.
 */
const featureBoundaries = [1, 2, 3].map((depth) =>
  rendererLayer(
    [`renderer/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    [{ regex: `^(\\.\\./){${depth}}[^./]`, message: FEATURE_MESSAGE }],
  ),
);

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'native/', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(
    ['projection/**/*.ts'],
    [
      ...nodeBuiltins,
      'electron',
      'better-sqlite3',
      'react',
      '**/db/**',
      '**/electron/**',
      '**/renderer/**',
      '**/cli/**',
    ],
    'projection/ is pure: no I/O and nothing of ours but projection/ (STYLE.md layers).',
  ),
  layer(
    ['db/**/*.ts'],
    ['electron', 'react', '**/electron/**', '**/renderer/**', '**/cli/**'],
    'db/ may import projection/ only, and never Electron (STYLE.md layers).',
  ),
  layer(
    ['cli/**/*.ts'],
    ['electron', 'react', '**/electron/**', '**/renderer/**'],
    'cli/ may import db/ and projection/ only (STYLE.md layers).',
  ),
  layer(
    ['electron/main/**/*.ts'],
    ['react', '**/renderer/**', '**/cli/**', '**/preload/**'],
    'electron/main may import db/, projection/ and electron/contract (STYLE.md layers).',
  ),
  layer(
    ['electron/preload/**/*.ts'],
    [
      ...nodeBuiltins,
      'better-sqlite3',
      'react',
      '**/db/**',
      '**/projection/**',
      '**/renderer/**',
      '**/cli/**',
      '**/main/**',
    ],
    'electron/preload may import electron/contract only (STYLE.md layers).',
  ),
  layer(
    [
      'electron/contract.ts',
      'electron/import-contract.ts',
      'electron/cell-contract.ts',
      'electron/files-contract.ts',
      'electron/workbook-dtos.ts',
    ],
    [
      ...nodeBuiltins,
      'electron',
      'better-sqlite3',
      '**/db/**',
      '**/renderer/**',
      '**/cli/**',
      '**/main/**',
      '**/preload/**',
    ],
    'electron/contract.ts is shared with the renderer: zod and projection only.',
  ),
  rendererLayer(['renderer/**/*.{ts,tsx}']),
  ...featureBoundaries,
  // What features share may not depend on a feature.
  rendererLayer(
    ['renderer/components/**/*.{ts,tsx}', 'renderer/state/**/*.{ts,tsx}'],
    [{ regex: '(^|/)features/', message: FEATURE_MESSAGE }],
  ),
);
