import type { ColDef, GetRowIdParams } from 'ag-grid-community';
import type { MarketHistoryQuarter } from '../../../projection/market/market-history';
import { formatMoney, formatPercent } from '../../components/number-format';

/** The rebuilt market's parts that carry a source line. */
export type SourcedPart = keyof MarketHistoryQuarter['sources'];

export const marketHistoryRowId = (p: GetRowIdParams<MarketHistoryQuarter>): string => p.data.period;

const money = (
  colId: string,
  headerName: string,
  get: (q: MarketHistoryQuarter) => number,
  headerTooltip: string,
  source?: SourcedPart,
): ColDef<MarketHistoryQuarter> => ({
  colId,
  headerName,
  headerTooltip,
  flex: 1,
  minWidth: 100,
  type: 'rightAligned',
  valueGetter: (p) => (p.data ? get(p.data) : null),
  valueFormatter: (p) => formatMoney(p.value as number | null),
  ...(source
    ? { tooltipValueGetter: (p) => (p.data as MarketHistoryQuarter | undefined)?.sources[source] }
    : {}),
  ...(source ? { cellClass: ['ag-right-aligned-cell', 'cell-sourced'] } : {}),
});

/**
 * The market rebuilt from the workbook, per quarter (USD millions): the four parts (hover one for
 * where it came from), their total, and AMD's Data Center revenue split into implied EPYC and
 * Instinct beside them.
 */
export const MARKET_HISTORY_COLUMNS: ColDef<MarketHistoryQuarter>[] = [
  { colId: 'period', headerName: 'Quarter', field: 'period', pinned: 'left', width: 96 },
  money(
    'nvidia',
    'NVIDIA',
    (q) => q.nvidia,
    'NVIDIA Data Center revenue, calendarised, × accelerator fraction',
    'nvidia',
  ),
  money(
    'amd',
    'AMD Instinct',
    (q) => q.amd,
    'Implied Instinct: AMD Data Center revenue − EPYC estimate (your estimates win)',
    'amd',
  ),
  money(
    'xpu',
    'XPU',
    (q) => q.xpu,
    'Broadcom AI revenue, calendarised, × XPU fraction ÷ Broadcom share of custom accelerators',
    'xpu',
  ),
  money('other', 'Other', (q) => q.other, 'Other merchant accelerators: a share of the market', 'other'),
  money('total', 'Market', (q) => q.total, 'NVIDIA + AMD + XPU + other'),
  money('dataCenter', 'AMD Data Center', (q) => q.dataCenter, 'AMD Data Center segment revenue, reported'),
  money('epyc', 'Implied EPYC', (q) => q.epyc, 'AMD Data Center revenue − implied Instinct'),
  {
    colId: 'instinctOfDc',
    headerName: 'Instinct / DC',
    headerTooltip: 'Implied Instinct as a share of AMD Data Center revenue (never above 100%)',
    width: 110,
    type: 'rightAligned',
    valueGetter: (p) => (p.data && p.data.dataCenter > 0 ? p.data.amd / p.data.dataCenter : null),
    valueFormatter: (p) => formatPercent(p.value as number | null),
  },
];

/** A part of the market and where it came from, for the details under the grid. */
export interface SourceLine {
  readonly part: string;
  readonly value: string;
  readonly source: string;
}

const PART_NAMES: Readonly<Record<SourcedPart, string>> = {
  nvidia: 'NVIDIA',
  amd: 'AMD Instinct',
  xpu: 'Custom accelerators (XPU)',
  other: 'Other merchant',
};

/** Each part of one rebuilt quarter with its value (USD millions) and its source line. */
export function sourceLines(q: MarketHistoryQuarter): SourceLine[] {
  return (Object.keys(PART_NAMES) as SourcedPart[]).map((part) => ({
    part: PART_NAMES[part],
    value: formatMoney(q[part]),
    source: q.sources[part],
  }));
}
