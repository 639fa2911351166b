import type { ColDef, GetRowIdParams, ValueSetterParams } from 'ag-grid-community';
import {
  ASSUMPTION_META,
  HISTORY_ASSUMPTION_KEYS,
  type AssumptionKey,
} from '../../../projection/assumptions';
import { describeRange, formatAssumptionText, UNIT_TEXT } from '../../components/assumption-text';
import { assumptionHelp } from './assumption-grid-model';

/** One history setting of the workbook: its value (null when it holds its default). */
export interface HistoryRow {
  readonly key: AssumptionKey;
  readonly value: number | null;
}

export type HistoryCellEdit = (row: HistoryRow, typed: unknown) => void;

export const historyRowId = (p: GetRowIdParams<HistoryRow>): string => p.data.key;

/** One row per history setting, with the workbook's value where it set one. */
export function buildHistoryRows(values: Readonly<Record<string, number>>): HistoryRow[] {
  return HISTORY_ASSUMPTION_KEYS.map((key) => ({ key, value: values[key] ?? null }));
}

/**
 * Label (its rationale on hover), unit and range, then the value every scenario's history is
 * rebuilt with (a default in grey until set; blank restores it) and the default itself.
 */
export function buildHistoryColumnDefs(onEdit: HistoryCellEdit): ColDef<HistoryRow>[] {
  return [
    {
      colId: 'label',
      headerName: 'History setting',
      pinned: 'left',
      width: 420,
      wrapText: true,
      autoHeight: true,
      cellClass: 'cell-label',
      valueGetter: (p) => (p.data ? ASSUMPTION_META[p.data.key].label : ''),
      tooltipValueGetter: (p) => {
        const row = p.data as HistoryRow | undefined;
        return row ? assumptionHelp(row.key) : undefined;
      },
    },
    {
      colId: 'unit',
      headerName: 'Unit',
      width: 84,
      cellClass: 'cell-muted',
      valueGetter: (p) => (p.data ? UNIT_TEXT[ASSUMPTION_META[p.data.key].unit].short : ''),
    },
    {
      colId: 'range',
      headerName: 'Valid range',
      width: 170,
      cellClass: 'cell-muted',
      valueGetter: (p) => (p.data ? describeRange(p.data.key) : ''),
    },
    {
      colId: 'value',
      headerName: 'Every scenario',
      headerTooltip:
        'The value the history is rebuilt with, for every scenario; delete it to restore the default',
      width: 140,
      type: 'rightAligned',
      editable: true,
      valueGetter: (p) => {
        const row = p.data;
        return row && row.value !== null ? formatAssumptionText(row.key, row.value) : '';
      },
      valueFormatter: (p) => {
        const row = p.data;
        if (!row) return '';
        return row.value === null
          ? formatAssumptionText(row.key, ASSUMPTION_META[row.key].defaultValue)
          : String(p.value);
      },
      cellClass: (p) => ['ag-right-aligned-cell', p.data?.value === null ? 'cell-derived' : 'cell-override'],
      valueSetter: (p: ValueSetterParams<HistoryRow>) => {
        onEdit(p.data, p.newValue);
        return false;
      },
      tooltipValueGetter: (p) => {
        const row = p.data as HistoryRow | undefined;
        if (!row) return undefined;
        return row.value === null
          ? `The default: ${UNIT_TEXT[ASSUMPTION_META[row.key].unit].hint}`
          : 'Set for this workbook: delete the value to restore the default';
      },
    },
    {
      colId: 'default',
      headerName: 'Default',
      width: 100,
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-muted'],
      valueGetter: (p) =>
        p.data ? formatAssumptionText(p.data.key, ASSUMPTION_META[p.data.key].defaultValue) : '',
    },
  ];
}
