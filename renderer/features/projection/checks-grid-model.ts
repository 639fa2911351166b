import type { ColDef, GetRowIdParams, RowClassRules } from 'ag-grid-community';
import type { CapexCheckYear } from '../../../projection/capex-check';
import type { HistoryRow } from '../../../projection/history-compare';
import type { CheckVerdict, ModelCheck } from '../../../projection/model-checks';
import {
  BOUND_PREFIX,
  formatMoney,
  formatPercent,
  formatSignedMoney,
  formatSignedPercent,
} from '../../components/number-format';

/** A history row with a stable id (a period can hold several estimates). */
export type HistoryGridRow = HistoryRow & { readonly id: string };

export const historyRowId = (p: GetRowIdParams<HistoryGridRow>): string => p.data.id;
export const capexRowId = (p: GetRowIdParams<CapexCheckYear>): string => String(p.data.year);
export const checkRowId = (p: GetRowIdParams<ModelCheck>): string => p.data.id;

/** A check's verdict for people, with a mark that does not rely on colour alone. */
export const VERDICT_TEXT: Readonly<Record<CheckVerdict, string>> = {
  meets: '✓ meets',
  misses: '✗ misses',
  'no data': '– no data',
};

const VERDICT_CLASS: Readonly<Record<CheckVerdict, string>> = {
  meets: 'verdict verdict-meets',
  misses: 'verdict verdict-misses',
  'no data': 'verdict verdict-none',
};

/** The value a check compares, in its unit: quarters for the ramp check, USD millions otherwise. */
export function checkValueText(check: ModelCheck): string {
  if (check.value === null) return '';
  return check.id === 'ramp-to-20' ? `${check.value} quarters` : formatMoney(check.value);
}

/** The checks against the companies' statements: what was said, the scenario's value, the verdict and why. */
export const CHECK_COLUMNS: ColDef<ModelCheck>[] = [
  {
    colId: 'label',
    headerName: 'Check',
    field: 'label',
    width: 300,
    tooltipField: 'source',
    wrapText: true,
    autoHeight: true,
  },
  { colId: 'period', headerName: 'Period', field: 'period', width: 110 },
  {
    colId: 'expected',
    headerName: 'Statement',
    field: 'expected',
    width: 260,
    wrapText: true,
    autoHeight: true,
    tooltipField: 'source',
    headerTooltip: 'What the company said (USD millions unless stated); hover for the source',
  },
  {
    colId: 'value',
    headerName: 'Scenario',
    width: 120,
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? checkValueText(p.data) : ''),
    headerTooltip: 'The scenario’s value: USD millions, or quarters for the ramp check',
  },
  {
    colId: 'verdict',
    headerName: 'Verdict',
    width: 110,
    valueGetter: (p) => (p.data ? VERDICT_TEXT[p.data.verdict] : ''),
    cellClass: (p) => (p.data ? VERDICT_CLASS[p.data.verdict] : undefined),
  },
  {
    colId: 'detail',
    headerName: 'Detail',
    field: 'detail',
    flex: 1,
    minWidth: 320,
    tooltipField: 'detail',
    wrapText: true,
    autoHeight: true,
  },
];

/** How the capex check reads, both ways: what the TAM needs beyond capex, or the room capex leaves. */
export function capexReading(row: CapexCheckYear): string {
  if (row.spendToBudget === null) return 'no accelerator budget';
  const ratio = row.spendToBudget - 1;
  if (Math.abs(ratio) < 0.005) return 'TAM and capex agree';
  return ratio > 0
    ? `TAM needs ${formatPercent(ratio, 0)} more than capex buys`
    : `capex buys ${formatPercent(-ratio / (1 + ratio), 0)} more than the TAM needs`;
}

export const historyGridRows = (rows: readonly HistoryRow[]): HistoryGridRow[] =>
  rows.map((row, i) => ({ ...row, id: `${row.period}#${i}` }));

/** The model's verdict on one estimate, for people. */
export function verdictText(row: Pick<HistoryRow, 'isConsistent'>): string {
  if (row.isConsistent === null) return 'not modelled';
  return row.isConsistent ? 'consistent' : 'inconsistent';
}

const right = { type: 'rightAligned' } as const;

/** History beside the model: period, source, the estimate with its bound, the model, their difference and the verdict. */
export const HISTORY_COLUMNS: ColDef<HistoryGridRow>[] = [
  { colId: 'period', headerName: 'Period', field: 'period', width: 90 },
  {
    colId: 'label',
    headerName: 'Estimate or statement',
    field: 'label',
    flex: 2,
    minWidth: 280,
    tooltipField: 'label',
  },
  {
    colId: 'estimate',
    headerName: 'Estimate',
    flex: 1,
    minWidth: 110,
    ...right,
    valueGetter: (p) => (p.data ? `${BOUND_PREFIX[p.data.qualifier]}${formatMoney(p.data.estimate)}` : ''),
  },
  {
    colId: 'model',
    headerName: 'Model',
    flex: 1,
    minWidth: 100,
    ...right,
    valueGetter: (p) => formatMoney(p.data?.model),
  },
  {
    colId: 'difference',
    headerName: 'Difference',
    flex: 1,
    minWidth: 110,
    ...right,
    valueGetter: (p) => formatSignedMoney(p.data?.difference),
  },
  {
    colId: 'relativeDifference',
    headerName: 'Diff. %',
    flex: 1,
    minWidth: 90,
    ...right,
    valueGetter: (p) => formatSignedPercent(p.data?.relativeDifference),
  },
  {
    colId: 'verdict',
    headerName: 'Verdict',
    flex: 1,
    minWidth: 120,
    valueGetter: (p) => (p.data ? verdictText(p.data) : ''),
    cellClass: (p) =>
      p.data?.isConsistent === false ? 'cell-bad' : p.data?.isConsistent ? 'cell-good' : undefined,
    headerTooltip: 'Bounds (≥, ≤) must hold; exact and approximate values within 10%',
  },
];

/** Capex rows whose TAM needs more than the hyperscalers' capex pays for. */
export const CAPEX_ROW_CLASSES: RowClassRules<CapexCheckYear> = {
  'row-over-budget': (p) => (p.data?.gap ?? 0) > 0,
};

/** The capex cross-check per year: implied spend against the accelerator budget, and the gap. */
export const CAPEX_COLUMNS: ColDef<CapexCheckYear>[] = [
  { colId: 'year', headerName: 'Year', field: 'year', width: 80 },
  {
    colId: 'tam',
    headerName: 'TAM',
    flex: 1,
    minWidth: 110,
    ...right,
    valueGetter: (p) => formatMoney(p.data?.tam),
    headerTooltip: 'Model TAM, USD millions',
  },
  {
    colId: 'impliedSpend',
    headerName: 'Implied spend',
    flex: 1,
    minWidth: 120,
    ...right,
    valueGetter: (p) => formatMoney(p.data?.impliedSpend),
    headerTooltip: 'TAM × hyperscaler share of TAM demand: what the TAM needs the hyperscalers to spend',
  },
  {
    colId: 'capex',
    headerName: 'Capex',
    flex: 1,
    minWidth: 120,
    ...right,
    valueGetter: (p) => formatMoney(p.data?.capex),
    headerTooltip:
      'Hyperscaler capex (the four companies): reported quarters, then the capex path (guidance, then growth that fades)',
  },
  {
    colId: 'reportedQuarters',
    headerName: 'Reported',
    width: 100,
    ...right,
    valueGetter: (p) => (p.data ? `${p.data.reportedQuarters} of 4` : ''),
    headerTooltip: 'Quarters of the year with reported capex; the rest are on the capex path',
  },
  {
    colId: 'acceleratorBudget',
    headerName: 'Accelerator budget',
    flex: 1,
    minWidth: 140,
    ...right,
    valueGetter: (p) => formatMoney(p.data?.acceleratorBudget),
    headerTooltip: 'Capex × accelerator fraction of capex',
  },
  {
    colId: 'gap',
    headerName: 'Gap',
    flex: 1,
    minWidth: 110,
    ...right,
    valueGetter: (p) => formatSignedMoney(p.data?.gap),
    cellClass: (p) => ['ag-right-aligned-cell', ...((p.data?.gap ?? 0) > 0 ? ['cell-bad'] : [])],
    headerTooltip: 'Implied spend − budget; above 0 the TAM needs more than capex pays for',
  },
  {
    colId: 'spendToBudget',
    headerName: 'Spend / budget',
    flex: 1,
    minWidth: 120,
    ...right,
    valueGetter: (p) => formatPercent(p.data?.spendToBudget, 0),
  },
  {
    colId: 'reading',
    headerName: 'Reading',
    flex: 2,
    minWidth: 240,
    valueGetter: (p) => (p.data ? capexReading(p.data) : ''),
  },
];
