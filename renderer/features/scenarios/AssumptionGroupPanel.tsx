import { useMemo, useState, type ReactNode } from 'react';
import type { CellFocusedEvent, ColDef, GetRowIdFunc } from 'ag-grid-community';
import type { useScenarioSheet } from './use-scenario-sheet';
import type { AssumptionKey } from '../../../projection/assumptions';
import { PanelGrid } from '../../components/PanelGrid';
import type { RawCellValue } from '../../components/grid-table';
import { assumptionHelp } from './assumption-grid-model';

interface AssumptionGroupPanelProps<Row extends { readonly key: AssumptionKey }> {
  readonly title: string;
  readonly testId: string;
  readonly rows: Row[];
  readonly columns: ColDef<Row>[];
  readonly getRowId: GetRowIdFunc<Row>;
  /** A line under the title: what the group is about. */
  readonly intro?: ReactNode;
  /** Spreadsheet keys, ranges, clipboard and fill (use-scenario-sheet.ts); none for the history settings. */
  readonly sheet?: ReturnType<typeof useScenarioSheet>;
  /** The numbers behind its cells, for a CSV of raw numbers (scenario-raw-values.ts). */
  readonly exportRaw: RawCellValue<Row>;
}

/**
 * One driver group of assumptions as a grid, with the rationale of the selected assumption (its
 * default and where it comes from) in a help line under the grid; hovering a label shows it too.
 */
export function AssumptionGroupPanel<Row extends { readonly key: AssumptionKey }>({
  title,
  testId,
  rows,
  columns,
  getRowId,
  intro,
  sheet,
  exportRaw,
}: AssumptionGroupPanelProps<Row>) {
  const [selected, setSelected] = useState<AssumptionKey | null>(null);
  const onCellFocused = (event: CellFocusedEvent<Row>) => {
    sheet?.onCellFocused();
    const row = event.rowIndex === null ? undefined : event.api.getDisplayedRowAtIndex(event.rowIndex)?.data;
    if (row) setSelected(row.key);
  };
  const withSelection = sheet?.withSelection;
  const columnDefs = useMemo(
    () => (withSelection ? withSelection(columns) : columns),
    [withSelection, columns],
  );
  return (
    <section className="panel" data-testid={`${testId}-panel`}>
      <h2>{title}</h2>
      {intro && <p className="hint group-intro">{intro}</p>}
      <div
        ref={sheet?.attach}
        onContextMenu={sheet?.menu.onContextMenu}
        onKeyDownCapture={sheet?.menu.onKeyDown}
      >
        <PanelGrid<Row>
          testId={testId}
          exportTitle={title}
          exportRaw={exportRaw}
          rowData={rows}
          columnDefs={columnDefs}
          getRowId={getRowId}
          onCellFocused={onCellFocused}
          {...(sheet ? { onGridReady: sheet.onGridReady } : {})}
          stopEditingWhenCellsLoseFocus
        />
      </div>
      {sheet?.menu.menu}
      <p className="help-line" data-testid={`${testId}-help`}>
        {selected
          ? assumptionHelp(selected)
          : 'Select an assumption to read why its default is what it is, and the source.'}
      </p>
    </section>
  );
}
