import { useMemo } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { ScenarioDto } from '../../../electron/contract';
import { dealValue } from '../../../projection/market/deals';
import { formatMoney } from '../../components/number-format';
import { PanelGrid } from '../../components/PanelGrid';
import type { StatusMessage } from '../../components/StatusBar';
import type { DealField } from './deal-edit';
import { buildDealColumnDefs, buildDealRows, dealRowId, type DealRow } from './deals-grid-model';
import { dealRaw } from './scenario-raw-values';
import { useDealSheet, type SaveDeals } from './use-deal-sheet';

interface DealsPanelProps {
  readonly scenarios: readonly ScenarioDto[];
  readonly onEdit: (scenario: string, row: DealRow, field: DealField, typed: unknown) => void;
  readonly onAdd: (scenario: string) => void;
  readonly onDelete: (scenario: string, index: number) => void;
  /** Saves a scenario's whole deal list: a paste, fill or clear over the grid. */
  readonly saveDeals: SaveDeals;
  /** Reads the scenarios again (after Ctrl+Z or Ctrl+Y). */
  readonly reload: () => void;
  readonly onStatus: (message: StatusMessage) => void;
}

function DeleteButton({
  data,
  onDelete,
}: ICellRendererParams<DealRow> & { onDelete: (index: number) => void }) {
  if (!data) return null;
  return (
    <button
      type="button"
      className="button small deal-delete"
      aria-label={`Delete deal ${data.deal.name}`}
      onClick={() => onDelete(data.index)}
    >
      Delete
    </button>
  );
}

/**
 * One scenario's deals: the grid (a spreadsheet, use-deal-sheet.ts, whose Delete buttons are not
 * cells), its total value and the Add button.
 */
function ScenarioDeals({
  scenario,
  onEdit,
  onAdd,
  onDelete,
  saveDeals,
  reload,
  onStatus,
}: Omit<DealsPanelProps, 'scenarios'> & { scenario: ScenarioDto }) {
  const name = scenario.name;
  const rows = useMemo(() => buildDealRows(scenario.deals), [scenario.deals]);
  const { attach, onGridReady, onCellFocused, withSelection, menu } = useDealSheet({
    scenario,
    saveDeals,
    reload,
    onStatus,
  });
  const columns = useMemo(
    () =>
      withSelection<DealRow>([
        ...buildDealColumnDefs((row, field, typed) => onEdit(name, row, field, typed)),
        {
          colId: 'delete',
          headerName: '',
          width: 96,
          cellClass: 'cell-action',
          cellRenderer: DeleteButton,
          cellRendererParams: { onDelete: (index: number) => onDelete(name, index) },
        } satisfies ColDef<DealRow>,
      ]),
    [name, onEdit, onDelete, withSelection],
  );
  const total = scenario.deals.reduce((sum, d) => sum + dealValue(d), 0);
  return (
    <div className="scenario-deals" data-scenario={name}>
      <div className="panel-head">
        <h3>
          {name}{' '}
          <span className="muted">
            · {scenario.deals.length} deals, {formatMoney(total)} USD M to AMD
          </span>
        </h3>
        <button
          type="button"
          className="button small"
          onClick={() => onAdd(name)}
          aria-label={`Add a deal to ${name}`}
        >
          Add deal
        </button>
      </div>
      {rows.length > 0 ? (
        <>
          <div ref={attach} onContextMenu={menu.onContextMenu} onKeyDownCapture={menu.onKeyDown}>
            <PanelGrid<DealRow>
              testId={`deals-grid-${name}`}
              exportTitle={`Deals · ${name}`}
              exportRaw={dealRaw}
              rowData={rows}
              columnDefs={columns}
              getRowId={dealRowId}
              onGridReady={onGridReady}
              onCellFocused={onCellFocused}
              stopEditingWhenCellsLoseFocus
            />
          </div>
          {menu.menu}
        </>
      ) : (
        <p className="muted">No deals: the projection has no committed floor.</p>
      )}
    </div>
  );
}

/**
 * The deals of every scenario: deployment agreements (the OpenAI and Meta 6 GW deals by default)
 * that give a committed-revenue floor the Projection view compares share-driven revenue with.
 */
export function DealsPanel({ scenarios, ...handlers }: DealsPanelProps) {
  return (
    <section className="panel" data-testid="deals-panel">
      <h2>Deals</h2>
      <p className="hint">
        Each deal is worth GW × USD billions per GW × AMD’s content share, booked over its ramp years from its
        start quarter, rising linearly. Deals do not change share-driven revenue: they are the floor it is
        compared with. Select a cell and type; Enter saves the scenario’s deals. The grids work as a
        spreadsheet: Shift+arrows or drag select, Ctrl+C / Ctrl+V copy and paste (with Excel too), Ctrl+D and
        Ctrl+R fill, Delete clears a source (the terms are required), Ctrl+Z / Ctrl+Y undo and redo.
      </p>
      {scenarios.map((s) => (
        <ScenarioDeals key={s.name} scenario={s} {...handlers} />
      ))}
    </section>
  );
}
