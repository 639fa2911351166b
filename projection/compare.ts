import { ALL_ASSUMPTION_KEYS, ASSUMPTION_META, DEFAULT_ASSUMPTIONS, type AssumptionKey } from './assumptions';
import type { Deal } from './market/deals';

/**
 * Two scenarios or vintages side by side: every assumption and every yearly output with the
 * difference (b − a), and which differ, as Grist's "compare to original" marks changed cells. Money
 * in USD millions, shares and growth as fractions, in each assumption's own unit.
 */

/** What a side brings: a scenario run now, or a vintage as it was frozen. */
export interface CompareSide {
  readonly name: string;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly growthOverrides: Readonly<Record<number, number>>;
  readonly deals: readonly Deal[];
  readonly years: readonly {
    readonly year: number;
    readonly tam: number;
    readonly instinctRevenue: number;
    readonly nvidiaRevenue: number;
  }[];
}

export const COMPARE_OUTPUTS = ['tam', 'instinctRevenue', 'nvidiaRevenue'] as const;
export type CompareOutput = (typeof COMPARE_OUTPUTS)[number];

export interface CompareRow {
  /** An assumption key, `tam.growth@YEAR` for an override, `deal:NAME` or `OUTPUT:YEAR`. */
  readonly item: string;
  readonly label: string;
  readonly a: number | null;
  readonly b: number | null;
  /** b − a; null when either side lacks it. */
  readonly difference: number | null;
  readonly isChanged: boolean;
}

export interface Comparison {
  readonly a: string;
  readonly b: string;
  readonly assumptions: readonly CompareRow[];
  readonly outputs: readonly CompareRow[];
}

// Values equal to 12 significant digits are the same value typed or stored twice.
const same = (x: number | null, y: number | null) =>
  x === y || (x !== null && y !== null && Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y)));

function compareRow(item: string, label: string, a: number | null, b: number | null): CompareRow {
  return { item, label, a, b, difference: a === null || b === null ? null : b - a, isChanged: !same(a, b) };
}

const dealValue = (d: Deal | undefined) =>
  d === undefined ? null : d.gigawatts * d.usdBillionsPerGw * d.amdContentShare * 1000;

/** Every assumption, override and deal (its value to AMD), then every output per year, of two sides. */
export function compareSides(a: CompareSide, b: CompareSide): Comparison {
  const value = (side: CompareSide, key: AssumptionKey) => side.assumptions[key] ?? DEFAULT_ASSUMPTIONS[key];
  const keys = ALL_ASSUMPTION_KEYS.filter((k) => k in a.assumptions || k in b.assumptions);
  const assumptions = keys.map((k) => compareRow(k, ASSUMPTION_META[k].label, value(a, k), value(b, k)));
  const years = [...new Set([...Object.keys(a.growthOverrides), ...Object.keys(b.growthOverrides)])].sort();
  for (const y of years) {
    const year = Number(y);
    assumptions.push(
      compareRow(
        `tam.growth@${y}`,
        `TAM growth override, projected year starting in ${y}`,
        a.growthOverrides[year] ?? null,
        b.growthOverrides[year] ?? null,
      ),
    );
  }
  const deals = [...new Set([...a.deals, ...b.deals].map((d) => d.name))];
  for (const name of deals) {
    const da = a.deals.find((d) => d.name === name);
    const db = b.deals.find((d) => d.name === name);
    const row = compareRow(
      `deal:${name}`,
      `Deal ${name}: value to AMD (USD millions)`,
      dealValue(da),
      dealValue(db),
    );
    // A deal re-timed at the same value is still a change.
    assumptions.push(
      row.isChanged || JSON.stringify(da) === JSON.stringify(db) ? row : { ...row, isChanged: true },
    );
  }
  const outputs: CompareRow[] = [];
  const allYears = [...new Set([...a.years, ...b.years].map((y) => y.year))].sort((x, y) => x - y);
  for (const output of COMPARE_OUTPUTS) {
    for (const year of allYears) {
      const ya = a.years.find((y) => y.year === year);
      const yb = b.years.find((y) => y.year === year);
      outputs.push(
        compareRow(`${output}:${year}`, `${output} ${year}`, ya?.[output] ?? null, yb?.[output] ?? null),
      );
    }
  }
  return { a: a.name, b: b.name, assumptions, outputs };
}
