import './data.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { DomGrid } from '../../components/DomGrid';
import { GRID_DEFAULTS } from '../../components/grid-theme';
import type { StatusMessage } from '../../components/StatusBar';
import type { SeriesRow } from './data-grid-model';
import { cellTooltip, headerTooltip } from './data-columns';
import { DataToolbar } from './DataToolbar';
import { DetailsPanel } from './DetailsPanel';
import { FindBar } from './FindBar';
import { useFind } from './use-find';
import { useData } from './use-data';
import { useDataSheet } from './use-data-sheet';
import { useDetails } from './use-details';
import { call } from '../../api';
import { isMacPlatform } from '../../components/sheet/sheet-keys';
import { useSheetMenu } from '../../components/sheet/use-sheet-menu';
import { useGridLayout } from '../../state/use-grid-layout';
import { useExportableGrid, type ExportableGrid } from '../../state/current-grid';
import { usePeriodView } from '../../state/period-view';

/** The Data grid is exported by main, which holds every value (the page holds the blocks in view). */
const DATA_GRID: ExportableGrid = { title: 'Data', isDefault: true, source: { kind: 'workbook-data' } };

/**
 * Puts the hover text of the cell or header under the pointer in its title, when the pointer comes
 * over it (data-columns.ts, cellTooltip), so that nothing is made for the cells never hovered.
 */
function showTitle(target: EventTarget, rows: readonly SeriesRow[] | null): void {
  if (!(target instanceof Element)) return;
  const header = target.closest<HTMLElement>('.ag-header-cell[col-id]');
  if (header) {
    header.title = headerTooltip(header.getAttribute('col-id')!);
    return;
  }
  const cell = target.closest<HTMLElement>('.ag-cell[col-id]');
  const rowId = cell?.closest('.ag-row')?.getAttribute('row-id');
  const row = rowId ? rows?.find((r) => r.key === rowId) : undefined;
  if (cell && row) cell.title = cellTooltip(row, cell.getAttribute('col-id')!);
}

const NO_ROWS: SeriesRow[] = [];

/** Period columns drawn whole, without column virtualisation: fifty years. */
const ALL_COLUMNS_UP_TO = 250;

interface DataViewProps {
  readonly onStatus: (message: StatusMessage) => void;
  readonly onSaved: () => void;
  /** The selection's count, sum and average for the status bar; null when there is none to show. */
  readonly onSelectionSummary: (text: string | null) => void;
  /** The open file: the grid's column widths and scroll position are kept for it. */
  readonly workbookPath: string | null;
}

/**
 * The Data view: one row per series, one column per quarter (and year), a spreadsheet's keys,
 * ranges, clipboard, fill and undo, and the details panel of the focused cell or series; state in
 * use-data.ts, use-data-sheet.ts and use-details.ts.
 */
export function DataView({ onStatus, onSaved, onSelectionSummary, workbookPath }: DataViewProps) {
  const layout = useGridLayout(workbookPath, 'data');
  const [periodView, setPeriodView] = usePeriodView(workbookPath, 'data');
  const data = useData(onStatus, onSaved, periodView === 'years');
  const { attach, onGridReady, onCellFocused, withSelection, controller } = useDataSheet({
    data,
    onStatus,
    onSaved,
    onSelectionSummary,
  });
  const columnDefs = useMemo(() => withSelection(data.columnDefs), [withSelection, data.columnDefs]);
  const [api, setApi] = useState<GridApi<SeriesRow> | null>(null);
  // The grid is made without rows and given them once its columns are scrolled to where it opens:
  // made with them, it drew a screen of the first quarters' cells, then scrolled to the latest
  // quarters and drew a second (a third of a large workbook's open, docs/BENCHMARKS.md).
  const [isPlaced, setPlaced] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const details = useDetails({
    api,
    container,
    rows: data.rows,
    onStatus,
    onSavedCell: data.showSavedCell,
    onSavedSeries: data.showSavedSeries,
  });

  const { showView } = data.blocks;
  // The cell to focus once the columns change with the period view: the focused quarter's Year.
  const refocus = useRef<{ row: number; colId: string } | null>(null);
  const togglePeriods = useCallback(() => {
    const focused = api?.getFocusedCell();
    const colId = focused?.column.getColId() ?? '';
    const isYears = periodView === 'years';
    if (focused && /^\d{4}/.test(colId)) {
      refocus.current = { row: focused.rowIndex, colId: isYears ? colId : colId.slice(0, 4) };
    }
    setPeriodView(isYears ? 'quarters' : 'years');
    onStatus({ kind: 'info', text: isYears ? 'Showing quarters and years' : 'Showing years only' });
  }, [api, periodView, setPeriodView, onStatus]);
  useEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (!api || !target || !data.periods.includes(target.colId)) return;
    api.ensureColumnVisible(target.colId, 'middle');
    api.setFocusedCell(target.row, target.colId);
    showView(api);
  }, [api, data.periods, showView]);
  // Rows read afresh (a reload) or a block arrived: read what is in view if the page lacks it.
  useEffect(() => {
    if (api && data.rows) showView(api);
  }, [api, data.rows, showView]);

  const loadError = data.loadError && (
    <div className="data-load-error" role="alert" data-testid="data-load-error">
      <span>{data.loadError}</span>
      <button type="button" onClick={data.reload}>
        Try again
      </button>
    </div>
  );
  const find = useFind(api, data.rows);
  const registerExport = useExportableGrid(DATA_GRID);
  const sheetMenu = useSheetMenu({
    controller,
    api,
    readClipboard: () => call('clipboard:read'),
    writeClipboard: (clip) => call('clipboard:write', clip),
    onError: (text) => onStatus({ kind: 'error', text }),
    extras: [{ id: 'details', label: 'Cell details', shortcut: 'Shift+F2', run: details.openFocused }],
    isMac: isMacPlatform(navigator.platform),
  });

  if (!data.rows) return loadError ?? <div className="loading">Loading the workbook…</div>;
  const { lastColumn } = data;
  // The toolbar (series and quarters) sits above the grid.
  const toolbar = (
    <DataToolbar
      api={api}
      rows={data.rows}
      isAnnual={periodView === 'years'}
      onTogglePeriods={togglePeriods}
      onStatus={onStatus}
      onChanged={data.reload}
      onSaved={onSaved}
    />
  );
  return (
    <div className="data-view" ref={container} onKeyDownCapture={find.onKeyDown}>
      {loadError}
      <div className="data-main" ref={registerExport}>
        {toolbar}
        {find.isOpen && <FindBar focusRequest={find.focusRequest} onGoTo={find.goTo} onClose={find.close} />}
        <div
          className="data-grid"
          data-testid="data-grid"
          ref={attach}
          onContextMenu={sheetMenu.onContextMenu}
          onKeyDownCapture={sheetMenu.onKeyDown}
          onMouseOver={(event) => showTitle(event.target, data.rowsRef.current)}
        >
          <DomGrid<SeriesRow>
            options={{
              ...GRID_DEFAULTS,
              // A workbook of a thousand quarters draws only the columns in view (all of them made
              // each row 1,252 cells); one of a few decades draws them all, as every grid does.
              suppressColumnVirtualisation: data.periods.length <= ALL_COLUMNS_UP_TO,
              onViewportChanged: (e) => showView(e.api),
              onVirtualColumnsChanged: (e) => showView(e.api),
              rowData: isPlaced ? data.rows : NO_ROWS,
              columnDefs,
              getRowId: (p) => p.data.key,
              // Rows drawn beyond the view, each way (AG Grid's default is 10): a jump across a
              // large workbook draws every row of its new screen at once, and ten more each way
              // made that frame half as long again; three keep a wheel's or a key's step drawn.
              rowBuffer: 3,
              // Rows never move here (no sorting): an animation would keep a row scrolled away in
              // the DOM beside its new copy while it ran.
              animateRows: false,
              cellSelection: false,
              stopEditingWhenCellsLoseFocus: true,
              onGridReady: (e) => {
                setApi(e.api);
                onGridReady(e);
                // Still without rows: put the columns where the user left this workbook's grid,
                // or at the latest quarters the first time, and only then give it the rows.
                if (!layout.restore(e.api)) e.api.ensureColumnVisible(lastColumn, 'end');
                setPlaced(true);
              },
              onCellFocused,
              onFirstDataRendered: (e) => {
                // The rows' part of the kept layout (the first row in view) needs the rows.
                layout.restore(e.api);
                showView(e.api);
              },
              onColumnResized: (e) => e.finished && layout.save(e.api),
              onBodyScrollEnd: (e) => isPlaced && layout.save(e.api),
            }}
          />
        </div>
      </div>
      <DetailsPanel details={details} rows={data.rows} />
      {sheetMenu.menu}
    </div>
  );
}
