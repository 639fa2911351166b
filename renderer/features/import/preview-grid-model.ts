import type { ColDef, GetRowIdParams } from 'ag-grid-community';
import type { PreviewRowDto } from '../../../electron/contract';
import { BOUND_PREFIX, formatNumber } from '../../components/number-format';
import { STATUS_LABELS } from './import-text';

/** One row of the preview grid: a value as it will be written, or the error that stops it. */
export interface PreviewGridRow extends PreviewRowDto {
  readonly id: string;
}

export const previewRowId = (p: GetRowIdParams<PreviewGridRow>): string => p.data.id;

/** The preview's rows for the grid, each with an id (a line of a wide file holds several values). */
export function buildPreviewRows(rows: readonly PreviewRowDto[]): PreviewGridRow[] {
  return rows.map((row, index) => ({ ...row, id: String(index) }));
}

/** A number as the preview shows it: thousands separators, up to 4 decimals, the bound mark. */
export function formatImportValue(value: number, qualifier: PreviewRowDto['qualifier'] = 'exact'): string {
  return `${BOUND_PREFIX[qualifier ?? 'exact']}${formatNumber(value, 4)}`;
}

/** "Q3 FY2025 → 2025Q2": the period as the file wrote it and the calendar period it becomes. */
export function periodText(row: PreviewRowDto): string {
  if (row.period === null) return row.periodLabel;
  return row.periodLabel === '' || row.periodLabel === row.period
    ? row.period
    : `${row.periodLabel} → ${row.period}`;
}

/** The value column: the new value, and for a changed one the value it replaces ("3,674 → 3,700"). */
export function valueText(row: PreviewRowDto): string {
  if (row.value === null) return '';
  const now = formatImportValue(row.value, row.qualifier);
  return row.status === 'changed' && row.before ? `${formatImportValue(row.before.value)} → ${now}` : now;
}

/** Status, line, series, period (as written → calendar), value (old → new), sources, note or reason. */
export function buildPreviewColumnDefs(): ColDef<PreviewGridRow>[] {
  return [
    {
      colId: 'status',
      headerName: 'Status',
      width: 112,
      pinned: 'left',
      valueGetter: (p) => (p.data ? STATUS_LABELS[p.data.status] : ''),
      cellClass: (p) => (p.data ? `status-cell status-${p.data.status}` : undefined),
    },
    { colId: 'line', headerName: 'Line', width: 76, type: 'rightAligned', field: 'line' },
    {
      colId: 'series',
      headerName: 'Series',
      minWidth: 190,
      flex: 1,
      valueGetter: (p) => p.data?.seriesKey ?? '',
    },
    {
      colId: 'period',
      headerName: 'Period (as written → calendar)',
      headerTooltip: 'Fiscal labels become the calendar quarter they end in',
      width: 220,
      valueGetter: (p) => (p.data ? periodText(p.data) : ''),
    },
    {
      colId: 'value',
      headerName: 'Value (before → after)',
      width: 180,
      type: 'rightAligned',
      valueGetter: (p) => (p.data ? valueText(p.data) : ''),
    },
    {
      colId: 'source',
      headerName: 'Source',
      minWidth: 160,
      flex: 1,
      valueGetter: (p) => p.data?.source ?? '',
      tooltipValueGetter: (p) => (p.data as PreviewGridRow | undefined)?.source ?? undefined,
    },
    {
      colId: 'sourceBefore',
      headerName: 'Source before',
      minWidth: 150,
      flex: 1,
      cellClass: 'cell-muted',
      valueGetter: (p) => (p.data?.status === 'changed' ? (p.data.before?.source ?? '') : ''),
      tooltipValueGetter: (p) => {
        const row = p.data as PreviewGridRow | undefined;
        return row?.status === 'changed' ? row.before?.source : undefined;
      },
    },
    {
      colId: 'note',
      headerName: 'Note or reason',
      minWidth: 200,
      flex: 1.4,
      valueGetter: (p) =>
        p.data ? (p.data.status === 'error' ? (p.data.message ?? '') : (p.data.note ?? '')) : '',
      tooltipValueGetter: (p) => {
        const row = p.data as PreviewGridRow | undefined;
        return (row?.status === 'error' ? row.message : row?.note) ?? undefined;
      },
    },
  ];
}
