import type { CellBatchAction } from '../../../projection/journal';
import type { CellWrite } from './sheet-edits';
import type { SheetColumns } from './sheet-grid';
import type { Bounds, CellPos } from './sheet-range';

/** What a grid's owner tells the sheet: its cells as text and numbers, and how to save and undo. */
export interface SheetModel extends SheetColumns {
  readonly rowCount: number;
  /** A cell as text to copy and fill from ('' when blank); read back as typing is when pasted. */
  textAt(pos: CellPos): string;
  /** A cell's number for the count, sum and average; null when it holds none. */
  numberAt(pos: CellPos): number | null;
  /** A cell as people name it, for messages ("AMD Data Center revenue, 2025Q1"). */
  describe(pos: CellPos): string;
  /** Saves texts read as typed into their cells, all as one step, or refuses them all. */
  write(writes: readonly CellWrite[], action: CellBatchAction): void;
  undo(): void;
  redo(): void;
  /** Says why a paste was refused (the status bar). */
  refuse(message: string): void;
  /** The selection's count, sum and average as one line, or null (one cell, or none). */
  onSummary(text: string | null): void;
  /**
   * For an owner that holds only part of its cells: reads those of `bounds` it lacks, and gives a
   * promise settled once it holds them all (rejected with the reason it cannot), or null when it
   * holds them already. Copy, fill, the sums and Ctrl+arrows wait for it.
   */
  load?(bounds: Bounds): Promise<void> | null;
  /** The last row and column with data (Ctrl+End), when the owner knows it without every cell. */
  lastCell?(): CellPos;
}
