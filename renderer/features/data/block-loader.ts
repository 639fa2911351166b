import type { ObservationDto } from '../../../electron/contract';
import {
  BLOCK_CELLS,
  MAX_HELD_CELLS,
  REQUEST_CELLS,
  areaCells,
  blocksToDrop,
  planRequests,
  yearsOfBlock,
  type BlockArea,
  type BlockColumns,
  type BlockRequest,
} from './value-blocks';

/** What the loader reads and changes of the grid's rows (use-data.ts holds them). */
export interface BlockStore {
  /** The rows' series keys, in grid order; null before the series are read. */
  keys(): readonly string[] | null;
  isLoaded(row: number, block: number): boolean;
  /** Every (row, block) held, for trimming. */
  held(): { row: number; block: number }[];
  /** Reads one block of some series from the workbook (observations:block). */
  fetch(seriesKeys: readonly string[], fromYear: number, toYear: number): Promise<ObservationDto[]>;
  /** Puts a block's values into the rows (keys are re-found by the store: rows may have moved). */
  apply(
    seriesKeys: readonly string[],
    block: number,
    years: { fromYear: number; toYear: number },
    observations: readonly ObservationDto[],
  ): void;
  drop(blocks: readonly { row: number; block: number }[], columns: BlockColumns): void;
  /** A read failed: the view and the status bar say so. */
  onError(message: string): void;
}

interface Job {
  readonly request: BlockRequest;
  /** Someone waits for it (a copy, a sum): it runs even when scrolled out of view. */
  readonly isAwaited: boolean;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

const pairKey = (row: number, block: number) => `${row}:${block}`;

/**
 * Loads the Data grid's values by block as they come into view or are needed, one request at a
 * time: a request that was only for the view and has scrolled out of it by its turn is skipped,
 * so a fast scroll reads what the user stops on, not everything passed on the way. A block that
 * a saved cell changed while its read was under way is read again rather than put in stale.
 * Beyond MAX_HELD_CELLS the blocks farthest from the view are dropped (read again if shown).
 */
export class BlockLoader {
  private readonly pending = new Map<string, Promise<void>>();
  private readonly queue: Job[] = [];
  private readonly changedWhileRead = new Set<string>();
  private view: BlockArea | null = null;
  private columns: BlockColumns | null = null;
  private isRunning = false;
  private generation = 0;

  constructor(private store: BlockStore) {}

  /** The rows' owner changed what it reads with (new columns, new callbacks). */
  connect(store: BlockStore): void {
    this.store = store;
  }

  /** Forgets everything under way: the rows were read afresh, their years are now `columns`. */
  reset(columns: BlockColumns): void {
    this.generation++;
    this.columns = columns;
    this.pending.clear();
    this.changedWhileRead.clear();
    for (const job of this.queue.splice(0)) job.resolve();
    this.view = null;
  }

  /** Loads what `view` shows (rows and blocks), and trims what is far from it. */
  show(view: BlockArea): void {
    this.view = view;
    for (const request of this.missing(view)) void this.enqueue(request, false).catch(() => undefined);
  }

  /**
   * Makes sure every cell of `area` is held: null when it is already, else a promise that settles
   * when it is (rejected, with a message, when the read fails or the area is too large to hold).
   */
  ensure(area: BlockArea): Promise<void> | null {
    const waits: Promise<void>[] = [];
    const requests = this.missing(area, waits);
    if (requests.length === 0 && waits.length === 0) return null;
    if (areaCells(area) > MAX_HELD_CELLS) {
      return Promise.reject(
        new Error(
          `the selection covers more than ${MAX_HELD_CELLS.toLocaleString('en-US')} cells, too many to read at once`,
        ),
      );
    }
    return Promise.all([...waits, ...requests.map((r) => this.enqueue(r, true))]).then(
      () =>
        // A block changed while it was read was left out: read it again.
        this.ensure(area) ?? undefined,
    );
  }

  /** A saved cell changed these blocks: a read of them under way must not overwrite it. */
  changed(cells: readonly { row: number; block: number }[]): void {
    for (const { row, block } of cells) {
      if (this.pending.has(pairKey(row, block))) this.changedWhileRead.add(pairKey(row, block));
    }
  }

  private missing(area: BlockArea, waits?: Promise<void>[]): BlockRequest[] {
    return planRequests(
      area,
      (row, block) => {
        if (this.store.isLoaded(row, block)) return true;
        const under = this.pending.get(pairKey(row, block));
        if (under) waits?.push(under);
        return under !== undefined;
      },
      REQUEST_CELLS,
    );
  }

  private enqueue(request: BlockRequest, isAwaited: boolean): Promise<void> {
    const promise = new Promise<void>((resolve, reject) => {
      this.queue.push({ request, isAwaited, resolve, reject });
    });
    for (const row of request.rows) this.pending.set(pairKey(row, request.block), promise);
    void this.pump();
    return promise;
  }

  private isInView({ rows, block }: BlockRequest): boolean {
    const view = this.view;
    return (
      view !== null &&
      block >= view.left &&
      block <= view.right &&
      rows.some((row) => row >= view.top && row <= view.bottom)
    );
  }

  private async pump(): Promise<void> {
    if (this.isRunning) return;
    this.isRunning = true;
    try {
      for (let job = this.queue.shift(); job; job = this.queue.shift()) await this.run(job);
    } finally {
      this.isRunning = false;
    }
    this.trim();
  }

  private async run(job: Job): Promise<void> {
    const { request } = job;
    const generation = this.generation;
    const release = () => {
      for (const row of request.rows) {
        this.pending.delete(pairKey(row, request.block));
        this.changedWhileRead.delete(pairKey(row, request.block));
      }
    };
    const keys = this.store.keys();
    const { columns } = this;
    if (!keys || !columns || (!job.isAwaited && !this.isInView(request))) {
      release();
      return job.resolve();
    }
    const rows = request.rows.filter((row) => !this.store.isLoaded(row, request.block));
    const seriesKeys = rows.map((row) => keys[row]!);
    const { fromYear, toYear } = yearsOfBlock(columns, request.block);
    try {
      const observations = seriesKeys.length > 0 ? await this.store.fetch(seriesKeys, fromYear, toYear) : [];
      if (generation !== this.generation) return job.resolve();
      const fresh = seriesKeys.filter((_, i) => !this.changedWhileRead.has(pairKey(rows[i]!, request.block)));
      const freshKeys = new Set(fresh);
      release();
      this.store.apply(
        fresh,
        request.block,
        { fromYear, toYear },
        observations.filter((o) => freshKeys.has(o.seriesKey)),
      );
      job.resolve();
    } catch (error) {
      release();
      const message = `Cannot load the values of ${fromYear}–${toYear - 1}: ${(error as Error).message}`;
      this.store.onError(message);
      job.reject(new Error(message));
    }
  }

  /** Drops the blocks farthest from the view once the page holds more than MAX_HELD_CELLS. */
  private trim(): void {
    if (!this.view || !this.columns) return;
    const held = this.store.held();
    const keep = Math.floor(MAX_HELD_CELLS / BLOCK_CELLS);
    const drops = blocksToDrop(held, this.view, keep);
    if (drops.length > 0) this.store.drop(drops, this.columns);
  }
}
