// Node module hook: `import text from './x.sql'` (and .csv) yields the file's text, as esbuild's
// text loader does in the bundles and the vite plugin in vitest.config.ts. Used by `npm run bench`.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      import { readFile } from 'node:fs/promises';
      export async function load(url, context, next) {
        if (/\\.(sql|csv)$/.test(url)) {
          const text = await readFile(new URL(url), 'utf8');
          return { format: 'module', source: 'export default ' + JSON.stringify(text) + ';', shortCircuit: true };
        }
        return next(url, context);
      }`),
);
