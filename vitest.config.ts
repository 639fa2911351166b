import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
    // Generous: two files run side by side on a two-core machine, and an end-to-end test drives a
    // browser through many steps. Nothing here asserts a time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on a two-core machine, where the
    // end-to-end files (which mostly wait on a browser) then ran one after another.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // How long expect.poll waits for the page by default (vitest's is one second): with two files
    // side by side, a view remounting and reading its values can take longer here. A wait, not a
    // time asserted: a poll that settles sooner ends sooner.
    expect: { poll: { timeout: 10_000 } },
  },
});
