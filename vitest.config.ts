import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** Loads .sql and .csv imports as text, as esbuild's text loader does for the built bundles. */
function textAssets(): Plugin {
  return {
    name: 'iwb-text-assets',
    enforce: 'pre',
    load(id) {
      if (!/\.(sql|csv)$/.test(id)) return null;
      return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
    },
  };
}

export default defineConfig({
  plugins: [textAssets()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
