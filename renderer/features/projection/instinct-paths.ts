import { cagr } from '../../../projection/cagr';
import type { WorkbookModelResult } from '../../../projection/workbook-model';

/** One scenario's Instinct revenue (USD millions) from the first history quarter through the horizon. */
export interface InstinctPath {
  readonly name: string;
  readonly probability: number;
  /** The scenario's weight in the expectation: probability / total. */
  readonly weight: number;
  readonly byYear: ReadonlyMap<number, number>;
  readonly byQuarter: ReadonlyMap<string, number>;
}

/**
 * Each scenario's Instinct revenue by year and by quarter: the rebuilt history (the same in every
 * scenario) then its projection. Years are sums of the quarters the model holds.
 */
export function instinctPaths(result: WorkbookModelResult): InstinctPath[] {
  return result.comparison.scenarios.map((run) => {
    const byYear = new Map(run.projection.years.map((y) => [y.year, y.instinctRevenue]));
    const byQuarter = new Map<string, number>(
      run.projection.quarters.map((q) => [q.period, q.instinctRevenue]),
    );
    return { name: run.name, probability: run.probability, weight: run.weight, byYear, byQuarter };
  });
}

/** The probability-weighted Instinct revenue at every key all scenarios share, in key order. */
export function expectation<K extends number | string>(
  paths: readonly InstinctPath[],
  pick: (p: InstinctPath) => ReadonlyMap<K, number>,
): Map<K, number> {
  const [first, ...rest] = paths;
  const out = new Map<K, number>();
  if (!first) return out;
  for (const key of pick(first).keys()) {
    if (!rest.every((p) => pick(p).has(key))) continue;
    out.set(
      key,
      paths.reduce((sum, p) => sum + p.weight * (pick(p).get(key) ?? 0), 0),
    );
  }
  return out;
}

/** Every year with a value in each scenario, ascending. */
export function sharedYears(paths: readonly InstinctPath[]): number[] {
  return [...expectation(paths, (p) => p.byYear).keys()].sort((a, b) => a - b);
}

export interface CagrRow {
  readonly name: string;
  /** Compound annual growth (fraction); null when undefined (from zero, or a year missing). */
  readonly cagr: number | null;
}

/** Instinct revenue CAGR from `fromYear` to `toYear` for each scenario and for the expectation (when there is one). */
export function instinctCagrs(paths: readonly InstinctPath[], fromYear: number, toYear: number): CagrRow[] {
  const rate = (byYear: ReadonlyMap<number, number>): number | null => {
    const from = byYear.get(fromYear);
    const to = byYear.get(toYear);
    return from === undefined || to === undefined ? null : cagr(from, to, toYear - fromYear);
  };
  return [
    ...paths.map((p) => ({ name: p.name, cagr: rate(p.byYear) })),
    // With every probability at 0 there is nothing to weight: no expectation.
    ...(paths.some((p) => p.weight > 0)
      ? [{ name: 'Expectation', cagr: rate(expectation(paths, (p) => p.byYear)) }]
      : []),
  ];
}
