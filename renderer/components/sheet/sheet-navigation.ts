import type { Direction, MoveTarget, SheetCommand } from './sheet-keys';
import { single, type CellPos, type Selection } from './sheet-range';

/** What moving needs to know of a grid. */
export interface SheetShape {
  readonly rows: number;
  readonly cols: number;
  /** Rows a Page Up or Page Down moves: about what the grid shows at once. */
  readonly pageRows: number;
  /** Whether a cell holds data (Ctrl+arrows stop at the edges of the data). */
  hasValue(pos: CellPos): boolean;
  /** The last row and column with data, when the grid knows it without looking at every cell. */
  lastCell?(): CellPos;
}

const STEPS: Record<Direction, CellPos> = {
  up: { row: -1, col: 0 },
  down: { row: 1, col: 0 },
  left: { row: 0, col: -1 },
  right: { row: 0, col: 1 },
};

const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));

function inside(pos: CellPos, shape: SheetShape): boolean {
  return pos.row >= 0 && pos.row < shape.rows && pos.col >= 0 && pos.col < shape.cols;
}

const next = (pos: CellPos, d: CellPos): CellPos => ({ row: pos.row + d.row, col: pos.col + d.col });

/**
 * Excel's Ctrl+arrow: from a filled cell whose neighbour is filled, to the last filled cell of
 * that run; otherwise to the next filled cell; with none ahead, to the grid's edge.
 */
export function edgeOfData(from: CellPos, direction: Direction, shape: SheetShape): CellPos {
  const d = STEPS[direction];
  let at = next(from, d);
  if (!inside(at, shape)) return from;
  if (shape.hasValue(from) && shape.hasValue(at)) {
    while (inside(next(at, d), shape) && shape.hasValue(next(at, d))) at = next(at, d);
    return at;
  }
  while (!shape.hasValue(at) && inside(next(at, d), shape)) at = next(at, d);
  return at;
}

/** The last row and the last column that hold data (Ctrl+End); the first cell when none does. */
export function lastDataCell(shape: SheetShape): CellPos {
  let last = { row: 0, col: 0 };
  for (let row = 0; row < shape.rows; row++) {
    for (let col = 0; col < shape.cols; col++) {
      if (shape.hasValue({ row, col })) last = { row: Math.max(last.row, row), col: Math.max(last.col, col) };
    }
  }
  return last;
}

/** Where a move from `from` lands, always inside the grid. */
export function moveTo(from: CellPos, to: MoveTarget, shape: SheetShape): CellPos {
  switch (to.kind) {
    case 'step': {
      const d = STEPS[to.direction];
      return { row: clamp(from.row + d.row, shape.rows), col: clamp(from.col + d.col, shape.cols) };
    }
    case 'edge':
      return edgeOfData(from, to.direction, shape);
    case 'row-start':
      return { row: from.row, col: 0 };
    case 'row-end':
      return { row: from.row, col: shape.cols - 1 };
    case 'first-cell':
      return { row: 0, col: 0 };
    case 'last-cell':
      return shape.lastCell ? shape.lastCell() : lastDataCell(shape);
    case 'page': {
      const rows = Math.max(1, shape.pageRows);
      return { row: clamp(from.row + (to.direction === 'up' ? -rows : rows), shape.rows), col: from.col };
    }
  }
}

/**
 * The selection after a move: without Shift, the one cell the active cell moves to; with Shift,
 * the same anchor and active cell and the far corner moved (Shift+arrows, Ctrl+Shift+arrows).
 */
export function applyMove(
  selection: Selection,
  command: Extract<SheetCommand, { kind: 'move' }>,
  shape: SheetShape,
): Selection {
  if (shape.rows === 0 || shape.cols === 0) return selection;
  if (!command.extend) return single(moveTo(selection.active, command.to, shape));
  return { ...selection, extent: moveTo(selection.extent, command.to, shape) };
}
