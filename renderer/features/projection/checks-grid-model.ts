import type { ColDef, GetRowIdParams, RowClassRules } from 'ag-grid-community';
import type { CapexCheckYear } from '../../../projection/capex-check';
import type { HistoryRow } from '../../../projection/history-compare';
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
    headerTooltip: 'Hyperscaler capex, extrapolated from the last four reported quarters at capex growth',
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
];
