import type { CellClassParams, GridApi } from 'ag-grid-community';
import { readClipboard, type HtmlNode } from './sheet-clipboard';
import { planClear, planFill, planPaste, selectionStats, statsText } from './sheet-edits';
import {
  cellFromEvent,
  firstVisibleColumn,
  headerFromEvent,
  isInEditor,
  repaint,
  selectionClassRules,
  visibleRows,
} from './sheet-grid';
import { isMacPlatform, keyCommand, type SheetCommand } from './sheet-keys';
import type { SheetModel } from './sheet-model';
import {
  afterLoad,
  copyCells,
  copyThrough,
  lineToEdge,
  showSummary,
  type ClipboardWriter,
} from './sheet-reads';
import { dragTo, pressAt, type Drag, type PointerTarget, type SheetSize } from './sheet-mouse';
import { applyMove, type SheetShape } from './sheet-navigation';
import {
  allSelection,
  boundsOf,
  isSameCell,
  isSameSelection,
  selectionInColumns,
  single,
  unionBounds,
  type Bounds,
  type CellPos,
  type Selection,
} from './sheet-range';

export type { SheetModel } from './sheet-model';

const parseHtml = (html: string): HtmlNode => new DOMParser().parseFromString(html, 'text/html');

/**
 * Spreadsheet behaviour on one AG Grid Community grid, as in Excel: keys, ranges, the system
 * clipboard, fill, and undo through the owner. Keys and mouse presses are taken in the capture
 * phase on the grid's wrapper, before the grid's own handlers, so the grid never moves its focus
 * against the selection; typing, F2 and Escape are left to the grid's editing. The selection is
 * kept here, not in React state: it changes with every arrow key, and only the cells it touches
 * are repainted.
 */
export class SheetController {
  private api: GridApi | null = null;
  private selection: Selection | null = null;
  private drag: Drag | null = null;
  /** The selection's classes for the sheet's cells and row headers (read at each repaint). */
  readonly rules = selectionClassRules(
    () => this.selection,
    (params: CellClassParams) => {
      const col = this.columnIndex().get(params.column.getColId());
      return col === undefined || params.rowIndex === null ? null : { row: params.rowIndex, col };
    },
  );
  /** Each sheet column's place, by id: the rules above run for every drawn cell on each refresh. */
  private columnIndexOf: { columns: readonly string[]; index: Map<string, number> } | null = null;

  private columnIndex(): Map<string, number> {
    const { columns } = this.model;
    if (this.columnIndexOf?.columns !== columns) {
      this.columnIndexOf = { columns, index: new Map(columns.map((id, at) => [id, at])) };
    }
    return this.columnIndexOf.index;
  }

  constructor(private model: SheetModel) {}

  /**
   * The owner's cells changed (a save, an undo, a reload): later keys and repaints read these, and
   * the status bar's figures are those of the cells now selected. A selection the grid no longer
   * holds (fewer rows or columns) is dropped; over other columns, it keeps its active cell's column.
   */
  setModel(model: SheetModel): void {
    const previous = this.model.columns;
    this.model = model;
    if (this.selection) this.selection = selectionInColumns(this.selection, previous, model.columns);
    const bounds = this.selection && boundsOf(this.selection);
    if (bounds && (bounds.bottom >= model.rowCount || bounds.right >= model.columns.length)) {
      this.selection = null;
    }
    this.showSummary();
  }

  /** The status bar's figures, once the selection's cells are read. */
  private showSummary(): void {
    const { selection } = this;
    showSummary(
      this.model,
      selection,
      () => this.selection === selection,
      () => this.summary(),
    );
  }

  /** Runs `action` once the cells of `bounds` are read, if the selection has not moved meanwhile. */
  private afterLoad(bounds: Bounds, action: () => void): void {
    const { selection } = this;
    afterLoad(this.model, bounds, () => this.selection === selection, action);
  }

  /** The selection's count, sum and average for the status bar; null with no selection. */
  private summary(): string | null {
    const { model, selection } = this;
    return selection && statsText(selectionStats(boundsOf(selection), (pos) => model.numberAt(pos)));
  }

  readonly onGridReady = ({ api }: { api: GridApi }) => {
    this.api = api;
  };

  /** The grid moved its focus itself (a click, its own keys): the selection follows. */
  readonly onCellFocused = () => {
    const at = this.focusedPos();
    if (at && !(this.selection && isSameCell(this.selection.active, at))) this.select(single(at), false);
  };

  /** Listens on the grid's wrapper; returns the cleanup. */
  attach(element: HTMLElement): () => void {
    const endDrag = () => (this.drag = null);
    const listeners = [
      ['keydown', this.onKeyDown, true],
      ['mousedown', this.onMouseDown, true],
      ['mouseover', this.onMouseOver, false],
      ['copy', this.onClipboard, false],
      ['cut', this.onClipboard, false],
      ['paste', this.onClipboard, false],
    ] as const;
    for (const [type, listener, capture] of listeners) {
      element.addEventListener(type, listener as EventListener, capture);
    }
    window.addEventListener('mouseup', endDrag);
    return () => {
      for (const [type, listener, capture] of listeners) {
        element.removeEventListener(type, listener as EventListener, capture);
      }
      window.removeEventListener('mouseup', endDrag);
    };
  }

  private select(next: Selection, focus = true): void {
    const { api, model } = this;
    const previous = this.selection;
    this.selection = next;
    if (!api) return;
    repaint(api, model, previous ? unionBounds(boundsOf(previous), boundsOf(next)) : boundsOf(next));
    // Focus moves only with the active cell: Shift+arrows keep it and scroll to the far corner. A
    // moving focus scrolls first, so that its cell is drawn to take the keys (Ctrl+End far away).
    const isFocusMoving = focus && !(previous && isSameCell(previous.active, next.active));
    const shown = isFocusMoving ? next.active : next.extent;
    api.ensureIndexVisible(shown.row);
    api.ensureColumnVisible(model.columns[shown.col]!);
    if (isFocusMoving) api.setFocusedCell(next.active.row, model.columns[next.active.col]!);
    this.showSummary();
  }

  /** The focused cell if it is one of the sheet's: the grid's focus is the truth for the active cell. */
  private focusedPos(): CellPos | null {
    const focused = this.api?.getFocusedCell();
    if (!focused || focused.rowPinned) return null;
    const col = this.model.columns.indexOf(focused.column.getColId());
    return col < 0 ? null : { row: focused.rowIndex, col };
  }

  private shape(): SheetShape {
    const { model } = this;
    return {
      rows: model.rowCount,
      cols: model.columns.length,
      pageRows: this.api ? visibleRows(this.api) : 1,
      hasValue: (pos) => model.textAt(pos) !== '',
      ...(model.lastCell ? { lastCell: () => model.lastCell!() } : {}),
    };
  }

  private run(command: SheetCommand, selection: Selection): void {
    const { model } = this;
    const shape = this.shape();
    const bounds = boundsOf(selection);
    const textAt = (pos: CellPos) => model.textAt(pos);
    switch (command.kind) {
      case 'move':
        if (command.to.kind !== 'edge') return this.select(applyMove(selection, command, shape));
        // Ctrl+arrows stop at the data's edge: the cells on the way are read first.
        return this.afterLoad(lineToEdge(selection, command.to.direction, shape, command.extend), () =>
          this.select(applyMove(selection, command, this.shape())),
        );
      case 'select-all':
        return this.select(allSelection(selection.active, shape.rows, shape.cols));
      case 'clear':
        return model.write(planClear(bounds), 'clear');
      case 'fill-down':
      case 'fill-right': {
        const isDown = command.kind === 'fill-down';
        // A one-line selection fills from the line before it: that is read too.
        const source = isDown
          ? { ...bounds, top: Math.max(0, bounds.top - 1) }
          : { ...bounds, left: Math.max(0, bounds.left - 1) };
        return this.afterLoad(source, () => {
          const writes = planFill(bounds, isDown ? 'down' : 'right', textAt);
          if (writes.length > 0) model.write(writes, 'fill');
        });
      }
      case 'undo':
        return model.undo();
      case 'redo':
        return model.redo();
      case 'copy':
      case 'cut':
      case 'paste':
        // The key's default action makes the browser fire the clipboard event: onClipboard.
        return;
    }
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const { api } = this;
    const command = api && keyCommand(event, isMacPlatform(navigator.platform));
    if (!api || !command) return;
    if (api.getEditingCells().length > 0) {
      // Enter and Tab save the edit and move, as in Excel; other keys belong to the editor.
      if (command.kind !== 'move' || !command.commitsEdit || !this.selection) return;
      event.preventDefault();
      event.stopPropagation();
      api.stopEditing();
      return this.run(command, this.selection);
    }
    const at = cellFromEvent(event.target) && this.focusedPos();
    if (!at) return;
    if (!this.selection || !isSameCell(this.selection.active, at)) this.select(single(at), false);
    const selection = this.selection!;
    // Tab at the row's end is the grid's (on to the next row, out at the last): no keyboard trap.
    const isTabOut =
      event.key === 'Tab' &&
      command.kind === 'move' &&
      isSameCell(applyMove(selection, command, this.shape()).active, selection.active);
    if (isTabOut) return;
    event.stopPropagation();
    if (command.kind !== 'copy' && command.kind !== 'cut' && command.kind !== 'paste') event.preventDefault();
    this.run(command, selection);
  };

  private readonly onClipboard = (event: ClipboardEvent) => {
    const { api, model, selection } = this;
    const data = event.clipboardData;
    if (!api || !selection || !data || isInEditor(event.target) || !cellFromEvent(event.target)) return;
    if (api.getEditingCells().length > 0) return;
    event.preventDefault();
    if (event.type === 'paste') {
      return this.pasteClipboard({ html: data.getData('text/html'), text: data.getData('text/plain') });
    }
    copyCells(data, boundsOf(selection), () => model, event.type === 'cut');
  };

  /** Pastes what a clipboard holds (text, and HTML as spreadsheets put there) at the selection, as one step. */
  pasteClipboard(clip: { readonly text: string; readonly html: string }): void {
    const { model, selection } = this;
    if (!selection) return;
    const block = readClipboard(clip, parseHtml);
    const grid = { rows: model.rowCount, cols: model.columns.length };
    const plan = planPaste(block, boundsOf(selection), grid, (pos) => model.describe(pos));
    return plan.ok ? model.write(plan.value, 'paste') : model.refuse(plan.error.message);
  }

  /** Copies (or cuts) the selection through `write` (the context menu: no copy event to answer). */
  copySelection(write: ClipboardWriter, isCut: boolean): void {
    if (this.selection) copyThrough(write, boundsOf(this.selection), () => this.model, isCut);
  }

  /** Runs a command on the selection as its key would (the context menu's fill, clear, undo). */
  perform(kind: 'fill-down' | 'fill-right' | 'clear' | 'undo' | 'redo'): void {
    if (this.selection) this.run({ kind }, this.selection);
  }

  /** Whether the cell at `row` and column `colId` is in the selection (a row header: its row is). */
  contains(row: number, colId: string): boolean {
    const { selection, model } = this;
    if (!selection) return false;
    const bounds = boundsOf(selection);
    const col = model.columns.indexOf(colId);
    const isRow = row >= bounds.top && row <= bounds.bottom;
    return isRow && (col < 0 ? model.rowHeaders.includes(colId) : col >= bounds.left && col <= bounds.right);
  }

  /** The sheet's cell, row header or column header under a mouse event. */
  private pointerTarget(event: MouseEvent): PointerTarget | null {
    const { columns, rowHeaders } = this.model;
    const header = columns.indexOf(headerFromEvent(event.target) ?? '');
    if (header >= 0) return { kind: 'column-header', col: header };
    const cell = cellFromEvent(event.target);
    if (!cell) return null;
    if (rowHeaders.includes(cell.colId)) return { kind: 'row-header', row: cell.row };
    const col = columns.indexOf(cell.colId);
    return col < 0 ? null : { kind: 'cell', row: cell.row, col };
  }

  private size(api: GridApi): SheetSize {
    const { columns, rowCount } = this.model;
    return {
      rows: rowCount,
      cols: columns.length,
      firstVisible: { row: api.getFirstDisplayedRowIndex(), col: firstVisibleColumn(api, columns) },
    };
  }

  private readonly onMouseDown = (event: MouseEvent) => {
    const { api } = this;
    const target = this.pointerTarget(event);
    if (!api || !target || event.button !== 0 || isInEditor(event.target)) return;
    const press = pressAt(target, event.shiftKey, this.selection, this.size(api));
    if (press.isOwn) {
      event.preventDefault();
      event.stopPropagation();
      // The grid does not see this press, so it would not end an edit under way itself.
      if (api.getEditingCells().length > 0) api.stopEditing();
    }
    this.drag = press.drag;
    // A plain click leaves the focus to the grid, which focuses the clicked cell itself.
    this.select(press.selection, press.isOwn);
  };

  private readonly onMouseOver = (event: MouseEvent) => {
    const { api, drag, selection } = this;
    const target = drag && this.pointerTarget(event);
    if (!api || !drag || !selection || !target) return;
    const next = dragTo(drag, target, selection, this.size(api));
    // mouseover fires for every element the pointer crosses, most of them inside the same cell.
    if (next && !isSameSelection(next, selection)) this.select(next, false);
  };
}
