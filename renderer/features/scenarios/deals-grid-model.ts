import type { ColDef, GetRowIdParams, ValueSetterParams } from 'ag-grid-community';
import { dealValue, type Deal } from '../../../projection/market/deals';
import { formatMoney, formatNumber, formatPercentText } from '../../components/number-format';
import type { DealField } from './deal-edit';

/** One row of a scenario's deals grid: the deal and its place in the list. */
export interface DealRow {
  readonly index: number;
  readonly deal: Deal;
}

export type DealCellEdit = (row: DealRow, field: DealField, typed: unknown) => void;

// The index is the id: a rename keeps the row, and deals are saved as a whole list.
export const dealRowId = (p: GetRowIdParams<DealRow>): string => String(p.data.index);

export const buildDealRows = (deals: readonly Deal[]): DealRow[] =>
  deals.map((deal, index) => ({ index, deal }));

/** A deal's value to AMD as the grid shows it ("75,000 USD M"). */
export const dealValueText = (deal: Deal): string => `${formatMoney(dealValue(deal))} USD M`;

/** What a field shows and starts its editor from: numbers plain, the content share in percent. */
export function dealFieldText(deal: Deal, field: DealField): string {
  switch (field) {
    case 'amdContentShare':
      return formatPercentText(deal.amdContentShare);
    case 'gigawatts':
    case 'rampYears':
    case 'usdBillionsPerGw':
      return formatNumber(deal[field], 4);
    default:
      return deal[field] ?? '';
  }
}

const FIELDS: readonly {
  field: DealField;
  headerName: string;
  width: number;
  tooltip: string;
  isNumber?: boolean;
}[] = [
  { field: 'name', headerName: 'Deal', width: 150, tooltip: 'The agreement’s name' },
  { field: 'gigawatts', headerName: 'GW', width: 80, tooltip: 'Gigawatts of deployment', isNumber: true },
  {
    field: 'startQuarter',
    headerName: 'Start',
    width: 96,
    tooltip: 'First quarter of deployment, as 2026Q3',
  },
  {
    field: 'rampYears',
    headerName: 'Ramp years',
    width: 110,
    tooltip: 'Years over which the GW are deployed (0.25 steps); revenue ramps up linearly over them',
    isNumber: true,
  },
  {
    field: 'usdBillionsPerGw',
    headerName: 'B$ per GW',
    width: 110,
    tooltip: 'All-in value of a GW of deployment, USD billions',
    isNumber: true,
  },
  {
    field: 'amdContentShare',
    headerName: 'AMD content',
    width: 120,
    tooltip: 'AMD’s share of that value, percent: type 25 or 25%',
    isNumber: true,
  },
];

/**
 * A scenario's deals: the typed fields (each edit checked and the whole list saved), the value to
 * AMD they imply (USD millions) and the source. The delete button column is the view's.
 */
export function buildDealColumnDefs(onEdit: DealCellEdit): ColDef<DealRow>[] {
  const editable = (
    field: DealField,
    headerName: string,
    width: number,
    tooltip: string,
    isNumber = false,
  ): ColDef<DealRow> => ({
    colId: field,
    headerName,
    headerTooltip: tooltip,
    width,
    editable: true,
    ...(isNumber ? { type: 'rightAligned' } : {}),
    valueGetter: (p) => (p.data ? dealFieldText(p.data.deal, field) : ''),
    valueSetter: (p: ValueSetterParams<DealRow>) => {
      onEdit(p.data, field, p.newValue);
      // The cell keeps the saved value; the rows are rebuilt from the scenario the save returns.
      return false;
    },
  });
  return [
    ...FIELDS.map((f) => editable(f.field, f.headerName, f.width, f.tooltip, f.isNumber)),
    {
      colId: 'value',
      headerName: 'Value to AMD',
      headerTooltip: 'GW × B$ per GW × AMD content, USD millions, spread over the ramp',
      width: 130,
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-muted'],
      valueGetter: (p) => (p.data ? dealValueText(p.data.deal) : ''),
    },
    {
      ...editable('source', 'Source', 260, 'Where the deal’s terms come from'),
      flex: 1,
      minWidth: 200,
      tooltipValueGetter: (p) => (p.data as DealRow | undefined)?.deal.source,
    },
  ];
}
