import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../db/import';
import { repositories } from '../../db/repositories';
import type { Workbook } from '../../db/workbook';

/**
 * A large workbook for the Data view's tests and benchmark (issue 10), written as a user would
 * write it: a long CSV of `series` × `quarters` values (100 companies × metrics, quarters from
 * 1950Q1) imported through the real import pipeline, as bench/import.bench.ts does.
 */

export const FIRST_YEAR = 1950;

/** The value the file gives series number `s` in quarter number `q` (both from 0). */
export function largeValue(s: number, q: number): number {
  return ((s * 7919 + q * 104729) % 1_000_000) / 100;
}

export function quarterName(q: number): string {
  return `${FIRST_YEAR + (q >> 2)}Q${(q & 3) + 1}`;
}

/** The series key of series number `s` as the import names it. */
export function largeSeriesKey(s: number): string {
  return `co${s % 100}.metric_${Math.floor(s / 100)}`;
}

/**
 * Imports `series` × `quarters` values into `workbook` (its default series stay first) and
 * returns the keys of the new series in the grid's order.
 */
export async function fillLargeWorkbook(
  workbook: Workbook,
  dir: string,
  series: number,
  quarters: number,
): Promise<string[]> {
  const parts = ['period,company,metric,value,unit,source,note\n'];
  for (let s = 0; s < series; s++) {
    for (let q = 0; q < quarters; q++) {
      parts.push(
        `${quarterName(q)},Co${s % 100},metric_${Math.floor(s / 100)},${largeValue(s, q)},USD millions,ir.amd.com,\n`,
      );
    }
  }
  const path = join(dir, `large-${series}x${quarters}.csv`);
  writeFileSync(path, parts.join(''));
  const result = await importFile(workbook.db, { path });
  if (result.inserted !== series * quarters) {
    throw new Error(`the large workbook's import inserted ${result.inserted} of ${series * quarters} values`);
  }
  const added = new Set(Array.from({ length: series }, (_, s) => largeSeriesKey(s)));
  return repositories(workbook.db)
    .series.listSeries()
    .map((s) => s.key)
    .filter((key) => added.has(key));
}
