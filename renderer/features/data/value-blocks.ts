/**
 * Which values the Data grid holds, in blocks: one series (a row) over BLOCK_YEARS whole years
 * (BLOCK_YEARS × 5 columns). The grid keeps every series as a row (a thousand rows are cheap;
 * their values are not) and loads the blocks in view, and the ones a copy, a sum or Ctrl+arrow
 * needs, asking for them in requests of at most MAX_BLOCK_CELLS cells. Pure: positions and sets.
 */

/** Years per block: 40 columns, about three screens across. */
export const BLOCK_YEARS = 8;
/** Columns per year: four quarters and the year. */
const COLUMNS_PER_YEAR = 5;
/** Cells of one row's block. */
export const BLOCK_CELLS = BLOCK_YEARS * COLUMNS_PER_YEAR;
/** The most cells one request asks for: observations:block refuses more (contract MAX_BLOCK_CELLS). */
export const REQUEST_CELLS = 10_000;
/** The page holds at most about this many values; blocks far from the view go first beyond it. */
export const MAX_HELD_CELLS = 250_000;

/**
 * The blocks a grid's columns fall in: `count` blocks of whole years, the last ending at
 * `lastYear`, the first starting at `originYear` (at or before the first year shown). Counted back
 * from the last year because the grid opens on the latest quarters: the block it reads first is
 * then a whole one, enough for any screen, rather than the remainder of a count from the first.
 */
export interface BlockColumns {
  readonly originYear: number;
  readonly lastYear: number;
  readonly count: number;
}

export function blockColumns(firstYear: number, lastYear: number): BlockColumns {
  const count = Math.floor((lastYear - firstYear) / BLOCK_YEARS) + 1;
  return { originYear: lastYear - count * BLOCK_YEARS + 1, lastYear, count };
}

/** The block of a period ('2024Q3' or '2024'). */
export function blockOfPeriod(columns: BlockColumns, period: string): number {
  return Math.floor((Number(period.slice(0, 4)) - columns.originYear) / BLOCK_YEARS);
}

/** The years a block covers: fromYear to toYear - 1 (the first may start before the first year shown). */
export function yearsOfBlock(columns: BlockColumns, block: number): { fromYear: number; toYear: number } {
  const fromYear = columns.originYear + block * BLOCK_YEARS;
  return { fromYear, toYear: Math.min(fromYear + BLOCK_YEARS, columns.lastYear + 1) };
}

/** Rows and blocks, inclusive: a part of the grid to load. */
export interface BlockArea {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** One request: these rows over one block. */
export interface BlockRequest {
  readonly rows: readonly number[];
  readonly block: number;
}

/**
 * The requests that load `area`, leaving out the rows that hold or await a block (`isCovered`):
 * per block, its missing rows in runs of at most `maxCells` cells.
 */
export function planRequests(
  area: BlockArea,
  isCovered: (row: number, block: number) => boolean,
  maxCells: number,
): BlockRequest[] {
  const rowsPerRequest = Math.max(1, Math.floor(maxCells / BLOCK_CELLS));
  const requests: BlockRequest[] = [];
  for (let block = area.left; block <= area.right; block++) {
    let rows: number[] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      if (isCovered(row, block)) continue;
      rows.push(row);
      if (rows.length === rowsPerRequest) {
        requests.push({ rows, block });
        rows = [];
      }
    }
    if (rows.length > 0) requests.push({ rows, block });
  }
  return requests;
}

/** How many cells an area covers (what reading it would bring into the page). */
export function areaCells(area: BlockArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1) * BLOCK_CELLS;
}

/**
 * The held blocks to drop so that at most `keep` remain: the farthest from `view` first (rows
 * and blocks both counted, a block across weighing as much as a screen of rows down).
 */
export function blocksToDrop(
  held: readonly { row: number; block: number }[],
  view: BlockArea,
  keep: number,
): { row: number; block: number }[] {
  if (held.length <= keep) return [];
  const gap = (value: number, low: number, high: number) =>
    value < low ? low - value : value > high ? value - high : 0;
  const distance = (h: { row: number; block: number }) =>
    gap(h.row, view.top, view.bottom) + 40 * gap(h.block, view.left, view.right);
  return [...held].sort((a, b) => distance(b) - distance(a)).slice(0, held.length - keep);
}
