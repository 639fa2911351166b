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

/** One entry per layer of STYLE.md's table: what that layer must not import. */
function layer(files, forbidden, message, allowTypeImports = false) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: forbidden, message, allowTypeImports }] },
      ],
    },
  };
}

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
    ['electron/contract.ts', 'electron/import-contract.ts'],
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
  layer(
    ['renderer/**/*.{ts,tsx}'],
    [
      ...nodeBuiltins,
      'electron',
      'better-sqlite3',
      '**/db/**',
      '**/cli/**',
      '**/electron/main/**',
      '**/electron/preload/**',
      '**/electron/contract',
      '**/electron/import-contract',
    ],
    'renderer/ may import projection/ and `import type` from electron/contract only (STYLE.md layers).',
    true,
  ),
);
