import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Entry of `npm run bench`: runs the exported `run()` of every `bench/*.bench.ts` module in name
 * order and prints their rows. `node --import tsx bench/run.ts projection` runs only the modules
 * whose file name contains "projection". A row that misses its target sets a failing exit code.
 */

/** One measured figure. Times are medians in milliseconds. */
export interface BenchRow {
  readonly name: string;
  readonly medianMs: number;
  /** What the ratio compares against, for people. */
  readonly reference?: string;
  readonly referenceMs?: number;
  /** medianMs / referenceMs, measured in the same run so machine speed largely cancels out. */
  readonly ratio?: number;
  readonly targetMs?: number;
}

interface BenchModule {
  readonly run: () => Promise<readonly BenchRow[]>;
}

function isBenchModule(value: unknown): value is BenchModule {
  return (
    typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function'
  );
}

function formatMs(ms: number | undefined): string {
  return ms === undefined ? '' : ms < 0.1 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(3)} ms`;
}

async function main(): Promise<void> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const filter = process.argv[2] ?? '';
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  if (files.length === 0) throw new Error(`no bench/*.bench.ts module matches "${filter}"`);
  let missed = 0;
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(join(dir, file)).href);
    if (!isBenchModule(mod)) throw new Error(`${file} does not export run()`);
    const rows = await mod.run();
    console.log(`\n${file}`);
    console.table(
      rows.map((r) => {
        const isMissed = r.targetMs !== undefined && r.medianMs >= r.targetMs;
        if (isMissed) missed++;
        return {
          benchmark: r.name,
          median: formatMs(r.medianMs),
          reference: r.reference ?? '',
          'reference median': formatMs(r.referenceMs),
          ratio: r.ratio === undefined ? '' : `${r.ratio.toFixed(1)}x`,
          target: r.targetMs === undefined ? '' : `< ${formatMs(r.targetMs)}`,
          verdict: r.targetMs === undefined ? '' : isMissed ? 'MISSED' : 'ok',
        };
      }),
    );
  }
  console.log(`\nNode ${process.versions.node}, ${process.platform}/${process.arch}`);
  if (missed > 0) {
    console.error(`${missed} benchmark(s) missed their target`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
