import type { ColDef, ColGroupDef, GetRowIdParams } from 'ag-grid-community';
import type { ScenarioComparison } from '../../../projection/scenario-compare';
import { formatMoney, formatPercentText, formatSignedPercent } from '../../components/number-format';

/** One year of the comparison: each scenario's Instinct revenue (by scenario position) and the expectation. */
export interface ComparisonRow {
  readonly year: number;
  /** Quarters of the year the model holds, and how many of them are projected. */
  readonly quarterCount: number;
  readonly projectedQuarters: number;
  readonly revenue: readonly number[];
  /** The expectation's figures; null when no scenario has a probability above 0. */
  readonly expected: number | null;
  readonly expectedYoy: number | null;
  readonly expectedGrossProfit: number | null;
  readonly expectedTam: number | null;
}

export const comparisonRowId = (p: GetRowIdParams<ComparisonRow>): string => String(p.data.year);

/** One row per year of the horizon. */
export function buildComparisonRows(comparison: ScenarioComparison): ComparisonRow[] {
  return comparison.years.map((y) => ({
    year: y.year,
    quarterCount: y.scenarios[0]?.quarterCount ?? 4,
    projectedQuarters: y.scenarios[0]?.projectedQuarters ?? 0,
    revenue: y.scenarios.map((s) => s.instinctRevenue),
    expected: y.expected?.instinctRevenue ?? null,
    expectedYoy: y.expected?.yoy ?? null,
    expectedGrossProfit: y.expected?.grossProfit ?? null,
    expectedTam: y.expected?.tam ?? null,
  }));
}

const money = (
  get: (row: ComparisonRow) => number | null,
): Pick<ColDef<ComparisonRow>, 'valueGetter' | 'valueFormatter' | 'type'> => ({
  type: 'rightAligned',
  valueGetter: (p) => (p.data ? get(p.data) : null),
  valueFormatter: (p) => formatMoney(p.value as number | null),
});

/** A scenario as the comparison's columns need it: name, probability and weight (fractions). */
export type ComparedScenario = Pick<
  ScenarioComparison['scenarios'][number],
  'name' | 'probability' | 'weight'
>;

/** Year, then Instinct revenue per scenario (with its probability) beside the expectation and its YoY. */
export function buildComparisonColumnDefs(
  scenarios: readonly ComparedScenario[],
): (ColDef<ComparisonRow> | ColGroupDef<ComparisonRow>)[] {
  return [
    {
      colId: 'year',
      headerName: 'Year',
      pinned: 'left',
      width: 120,
      valueGetter: (p) => p.data?.year,
      valueFormatter: (p) => {
        const row = p.data as ComparisonRow | undefined;
        if (!row) return '';
        return row.projectedQuarters === 0 ? `${row.year} (reported)` : String(row.year);
      },
      cellClass: (p) =>
        (p.data as ComparisonRow | undefined)?.projectedQuarters === 0 ? 'cell-muted' : undefined,
      tooltipValueGetter: (p) => {
        const row = p.data as ComparisonRow | undefined;
        if (!row) return undefined;
        const reported = row.quarterCount - row.projectedQuarters;
        if (row.projectedQuarters === 0)
          return `${row.year}: the rebuilt history, the same in every scenario`;
        return reported > 0
          ? `${row.year}: ${reported} reported and ${row.projectedQuarters} projected quarters`
          : undefined;
      },
    },
    {
      groupId: 'revenue',
      headerName: 'Instinct revenue, USD millions',
      children: [
        ...scenarios.map((s, i): ColDef<ComparisonRow> => ({
          colId: `scenario:${s.name}`,
          headerName: `${s.name} · ${formatPercentText(s.probability)}`,
          headerTooltip: `${s.name}: probability ${formatPercentText(s.probability)}, weight ${formatPercentText(s.weight)} of the expectation`,
          flex: 1,
          minWidth: 140,
          ...money((row) => row.revenue[i] ?? null),
        })),
        {
          colId: 'expected',
          headerName: 'Expectation',
          flex: 1,
          minWidth: 130,
          ...money((row) => row.expected),
          cellClass: ['ag-right-aligned-cell', 'cell-expected'],
        },
      ],
    },
    {
      groupId: 'expectation',
      headerName: 'Expectation',
      children: [
        {
          colId: 'expectedYoy',
          headerName: 'YoY',
          flex: 1,
          minWidth: 90,
          type: 'rightAligned',
          valueGetter: (p) => p.data?.expectedYoy ?? null,
          valueFormatter: (p) => formatSignedPercent(p.value as number | null),
        },
        {
          colId: 'expectedGrossProfit',
          headerName: 'Gross profit',
          flex: 1,
          minWidth: 120,
          ...money((row) => row.expectedGrossProfit),
        },
        {
          colId: 'expectedTam',
          headerName: 'TAM',
          flex: 1,
          minWidth: 120,
          ...money((row) => row.expectedTam),
        },
      ],
    },
  ];
}
