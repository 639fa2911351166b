import type { ColDef, RowClassRules } from 'ag-grid-community';
import type { ScenarioDto, VintageDto } from '../../../electron/contract';
import { ASSUMPTION_META, isAssumptionKey, type AssumptionKey } from '../../../projection/assumptions';
import type { CompareRow, CompareSide, Comparison } from '../../../projection/compare';
import { formatAssumptionText } from '../../components/assumption-text';
import {
  formatMoney,
  formatNumber,
  formatSignedMoney,
  formatSignedPercent,
} from '../../components/number-format';
import { OUTPUT_LABELS } from './backtest-model';

/** A side to compare: `scenario:NAME` or `vintage:ID`, as the pickers' values. */
export type SideKey = `scenario:${string}` | `vintage:${number}`;

export interface SideOption {
  readonly key: SideKey;
  readonly label: string;
}

export const vintageName = (v: Pick<VintageDto, 'id' | 'label'>) => `Vintage ${v.id}: ${v.label}`;

/** Every scenario, then every vintage, as the compare pickers list them. */
export function buildSideOptions(
  scenarios: readonly ScenarioDto[],
  vintages: readonly VintageDto[],
): SideOption[] {
  return [
    ...scenarios.map((s): SideOption => ({ key: `scenario:${s.name}`, label: `Scenario ${s.name}` })),
    ...vintages.map((v): SideOption => ({ key: `vintage:${v.id}`, label: vintageName(v) })),
  ];
}

type Years = CompareSide['years'];

/**
 * The side a key names: a scenario with the years it projects now (`yearsOf`), or a vintage as it
 * was frozen; null when it is gone (deleted since it was picked).
 */
export function sideOf(
  key: SideKey,
  scenarios: readonly ScenarioDto[],
  vintages: readonly VintageDto[],
  yearsOf: (scenario: string) => Years,
): CompareSide | null {
  if (key.startsWith('vintage:')) {
    const v = vintages.find((x) => `vintage:${x.id}` === key);
    return v ? { ...v, name: vintageName(v), assumptions: v.assumptions } : null;
  }
  const s = scenarios.find((x) => `scenario:${x.name}` === key);
  return s ? { ...s, years: yearsOf(s.name) } : null;
}

export interface CompareGridRow extends CompareRow {
  readonly section: 'Assumption' | 'Output';
}

/** The assumptions, then the outputs, in one list for one grid. */
export function buildCompareRows(comparison: Comparison): CompareGridRow[] {
  return [
    ...comparison.assumptions.map((r): CompareGridRow => ({ ...r, section: 'Assumption' })),
    ...comparison.outputs.map((r): CompareGridRow => ({ ...r, section: 'Output' })),
  ];
}

/** An output row's label: "Instinct revenue 2027" rather than "instinctRevenue 2027". */
export function rowLabel(row: CompareRow): string {
  const [output, year] = row.item.split(':');
  if (output && output in OUTPUT_LABELS && year) {
    return `${OUTPUT_LABELS[output as keyof typeof OUTPUT_LABELS]} ${year} (USD millions)`;
  }
  return row.label;
}

const signed = (v: number, text: string) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${text}`;

/** B − A of one assumption: a span of quarters or years, percentage points, or just "changed". */
function formatDifference(key: AssumptionKey, value: number): string {
  const unit = ASSUMPTION_META[key].unit;
  const size = Math.abs(value);
  switch (unit) {
    case 'choice':
      return value === 0 ? '' : 'changed';
    case 'fraction':
      return signed(value, `${formatNumber(size * 100, 1)} pp`);
    case 'quarter':
      return signed(value, `${formatNumber(size * 4, 2)} quarters`);
    case 'year':
      return signed(value, `${formatNumber(size, 2)} years`);
    default:
      return signed(value, formatNumber(size, 2));
  }
}

/** A value in its assumption's unit (25%, 2027Q3), a growth override as a percent, money as is. */
export function formatCompareValue(item: string, value: number | null, isDifference = false): string {
  if (value === null) return '–';
  if (item.startsWith('tam.growth@'))
    return isDifference ? formatSignedPercent(value) : `${(value * 100).toFixed(1)}%`;
  if (isAssumptionKey(item))
    return isDifference ? formatDifference(item, value) : formatAssumptionText(item, value);
  return isDifference ? formatSignedMoney(value) : formatMoney(value);
}

export const compareRowId = ({ data }: { data: CompareGridRow }) => `${data.section}:${data.item}`;

export const COMPARE_ROW_CLASSES: RowClassRules<CompareGridRow> = {
  'compare-changed': ({ data }) => data?.isChanged === true,
};

/** The columns: what, side A, side B, and B − A; the sides' names head their columns. */
export function buildCompareColumns(a: string, b: string): ColDef<CompareGridRow>[] {
  const value =
    (isDifference: boolean) =>
    ({ data, value: v }: { data: CompareGridRow | undefined; value: number | null | undefined }) =>
      // An unchanged row's difference is left blank, so the eye goes to the changed ones.
      !data || (isDifference && !data.isChanged)
        ? ''
        : formatCompareValue(data.item, v ?? null, isDifference);
  const numeric = { type: 'rightAligned', width: 210 } as const;
  return [
    { field: 'section', headerName: '', width: 110 },
    {
      colId: 'label',
      headerName: 'Item',
      valueGetter: ({ data }) => (data ? rowLabel(data) : ''),
      flex: 1,
      minWidth: 280,
    },
    { field: 'a', headerName: a, headerTooltip: a, valueFormatter: value(false), ...numeric },
    { field: 'b', headerName: b, headerTooltip: b, valueFormatter: value(false), ...numeric },
    { field: 'difference', headerName: 'Difference (B − A)', valueFormatter: value(true), ...numeric },
  ];
}
