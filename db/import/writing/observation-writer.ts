import type Database from 'better-sqlite3';
import { MultiRowInsert, PlainRows, type InsertConstants } from './multi-row-insert';
import { repositories } from '../../repositories';
import type { Db } from '../../db';
import type { ValueOutcome } from './import-pass';
import { QUALIFIERS } from '../../../projection/series-types';
import { periodOfSlot, type TargetInfo, type ValueBatch } from '../reading/value-batch';

// New values go in multi-row INSERTs of this many rows: a statement run per 250 values costs far
// less than a run per value, and was a tenth faster than per 100 (500 was no faster than 250).
const ROWS_PER_INSERT = 250;
// Rows are written in windows sorted by key: inserting into the observations B-tree out of key
// order (a file sorted by period across many series) is several times slower than in order.
const WINDOW = 100_000;
const COLUMNS = `observations (series_id, period, value, qualifier, source, note, import_id, updated_at) VALUES`;
// OR FAIL: a multi-row INSERT inside the import's transaction would otherwise keep a statement
// journal (a temporary file holding every page it changes, to undo that one statement on a
// constraint error): 20,000 page images, 330 MB written to /var/tmp for the million-value file.
// Nothing is undone statement by statement here: any error rolls the whole import back.
const INSERT = `INSERT OR FAIL INTO ${COLUMNS}`;
// Every value is bound. The import and its time are the same for every row: named parameters,
// bound once per statement run, so a row binds only its own columns.
const FULL_ROW = '(?, ?, ?, ?, ?, ?, @importId, @now)';
const FULL_COLUMNS = 6;
// Most values are exact and carry no note: binding two fewer parameters a row saves a fifth of the time.
const PLAIN_ROW = "(?, ?, ?, 'exact', ?, '', @importId, @now)";
const PLAIN_COLUMNS = 4;
// And most rows of one INSERT share their source (multi-row-insert.ts, PlainRows).
const ONE_SOURCE_ROW = "(?, ?, ?, 'exact', @source, '', @importId, @now)";
const ONE_SOURCE_COLUMNS = 3;
const ON_CONFLICT = `ON CONFLICT (series_id, period) DO UPDATE SET value = excluded.value, qualifier = excluded.qualifier,
  source = excluded.source, note = excluded.note, import_id = excluded.import_id, updated_at = excluded.updated_at`;

/** An observation as it was before the import. */
interface OldRow {
  value: number;
  qualifier: string;
  source: string;
  note: string;
  import_id: number | null;
  updated_at: string;
}

interface Classified extends ValueOutcome {
  readonly old: OldRow | undefined;
}

const NEW: Classified = { status: 'new', before: null, old: undefined };
const EXACT = 0;

/** Tells value `i` of a batch against what the workbook holds: new, changed or unchanged, and the old row. */
export function createValueClassifier(db: Db) {
  const find = db.prepare<[number, string], OldRow>(
    'SELECT value, qualifier, source, note, import_id, updated_at FROM observations WHERE series_id = ? AND period = ?',
  );
  const any = db.prepare<[number], number>('SELECT 1 FROM observations WHERE series_id = ? LIMIT 1').pluck();
  // Whether each series (by ref) holds any value: new series and empty ones need no lookups.
  const hasValues: (boolean | undefined)[] = [];
  return (batch: ValueBatch, i: number, target: TargetInfo): Classified => {
    const id = target.seriesId;
    if (id === null || !(hasValues[target.ref] ??= any.get(id) !== undefined)) return NEW;
    const old = find.get(id, periodOfSlot(batch.slot[i]!));
    if (!old) return NEW;
    const { texts } = batch;
    const isSame =
      old.value === batch.value[i] &&
      old.qualifier === QUALIFIERS[batch.qualifier[i]!] &&
      old.source === texts[batch.source[i]!] &&
      old.note === texts[batch.note[i]!];
    return {
      status: isSame ? 'unchanged' : 'changed',
      before: { value: old.value, source: old.source },
      old,
    };
  };
}

/** New values waiting to be inserted, column by column, in the order they were read. */
class PendingRows {
  readonly series = new Int32Array(WINDOW);
  readonly slot = new Uint16Array(WINDOW);
  readonly value = new Float64Array(WINDOW);
  readonly qualifier = new Uint8Array(WINDOW);
  readonly source: string[] = new Array<string>(WINDOW);
  readonly note: string[] = new Array<string>(WINDOW);
  count = 0;
  isSorted = true;

  push(seriesId: number, slot: number, value: number, qualifier: number, source: string, note: string) {
    const i = this.count++;
    if (i > 0) {
      const last = this.series[i - 1]!;
      if (last > seriesId || (last === seriesId && this.slot[i - 1]! > slot)) this.isSorted = false;
    }
    this.series[i] = seriesId;
    this.slot[i] = slot;
    this.value[i] = value;
    this.qualifier[i] = qualifier;
    this.source[i] = source;
    this.note[i] = note;
  }

  /** The rows' indexes in key order (series, then period). */
  order(): Uint32Array {
    const order = new Uint32Array(this.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    if (this.isSorted) return order;
    const { series, slot } = this;
    return order.sort((a, b) => series[a]! - series[b]! || slot[a]! - slot[b]!);
  }

  clear(): void {
    this.count = 0;
    this.isSorted = true;
  }
}

/**
 * Writes an import's values inside the commit's transaction: creates each new series on its first
 * value, keeps the row a value replaces in import_replaced before changing it, and inserts new
 * values in sorted multi-row batches. Unchanged values are left as they are, with their own import.
 */
export class ObservationWriter {
  private readonly classify: ReturnType<typeof createValueClassifier>;
  private readonly constants: InsertConstants;
  private readonly insertFull: MultiRowInsert;
  private readonly plain: PlainRows;
  private readonly update: Database.Statement;
  private readonly replaced: Database.Statement;
  private readonly pending = new PendingRows();
  /** The id of each target's series (by ref), once known or created. */
  private readonly seriesIds: (number | undefined)[] = [];
  private order: number;
  seriesCreated = 0;

  constructor(
    private readonly db: Db,
    private readonly importId: number,
    now: string,
    private readonly fileName: string,
  ) {
    this.classify = createValueClassifier(db);
    // Prepared here and on first use, during the commit: it may have turned off CHECK and
    // foreign-key code (see commit-import.ts), which SQLite leaves out of statements prepared
    // while it is off.
    this.constants = { importId, now };
    this.insertFull = new MultiRowInsert(db, INSERT, FULL_ROW, FULL_COLUMNS);
    this.plain = new PlainRows(
      new MultiRowInsert(db, INSERT, ONE_SOURCE_ROW, ONE_SOURCE_COLUMNS),
      new MultiRowInsert(db, INSERT, PLAIN_ROW, PLAIN_COLUMNS),
      this.constants,
      ROWS_PER_INSERT,
    );
    this.update = db.prepare(`INSERT INTO ${COLUMNS} ${FULL_ROW} ${ON_CONFLICT}`);
    this.replaced = db.prepare(
      `INSERT INTO import_replaced (import_id, series_id, period, value, qualifier, source, note, import_id_before, updated_at)
       VALUES (@importId, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.order = repositories(db).imports.maxSeriesOrder();
  }

  private createSeries(target: TargetInfo): number {
    const repos = repositories(this.db);
    const id = repos.series.insertSeries({
      key: target.key,
      label: target.label,
      unit: target.unit,
      kind: 'reported',
      company: target.company,
      metric: target.metric,
      fiscalCalendar: target.fiscalCalendar,
      notes: `Created by importing ${this.fileName}.`,
      order: (this.order += 10),
    });
    repos.imports.recordCreatedSeries(this.importId, id);
    this.seriesCreated++;
    return id;
  }

  /** Writes (or queues) value `i` of `batch` and says what it did. */
  write(batch: ValueBatch, i: number, target: TargetInfo): Classified {
    const classified = this.classify(batch, i, target);
    const { status, old } = classified;
    if (status === 'unchanged') return classified;
    const seriesId = (this.seriesIds[target.ref] ??= target.seriesId ?? this.createSeries(target));
    const { texts } = batch;
    const source = texts[batch.source[i]!]!;
    const note = texts[batch.note[i]!]!;
    if (old) {
      // A change rewrites a row in place, so key order does not matter: it is written at once.
      const period = periodOfSlot(batch.slot[i]!);
      this.replaced.run(
        seriesId,
        period,
        old.value,
        old.qualifier,
        old.source,
        old.note,
        old.import_id,
        old.updated_at,
        this.constants,
      );
      const qualifier = QUALIFIERS[batch.qualifier[i]!]!;
      this.update.run(seriesId, period, batch.value[i]!, qualifier, source, note, this.constants);
      return classified;
    }
    this.pending.push(seriesId, batch.slot[i]!, batch.value[i]!, batch.qualifier[i]!, source, note);
    if (this.pending.count === WINDOW) this.flush();
    return classified;
  }

  /**
   * Called after each batch: values that came in key order are written now rather than at the
   * end of the window, so that little is left to write after the file's last batch.
   */
  endBatch(): void {
    if (this.pending.isSorted && this.pending.count > 0) this.flush();
  }

  /** Writes the queued values. */
  flush(): void {
    const { series, slot, value, qualifier, source, note } = this.pending;
    const full: unknown[] = [];
    for (const r of this.pending.order()) {
      if (qualifier[r] === EXACT && note[r] === '') {
        this.plain.push(series[r]!, periodOfSlot(slot[r]!), value[r]!, source[r]!);
      } else {
        full.push(series[r], periodOfSlot(slot[r]!), value[r], QUALIFIERS[qualifier[r]!], source[r], note[r]);
        if (full.length === ROWS_PER_INSERT * FULL_COLUMNS)
          this.insertFull.run(full.splice(0), this.constants);
      }
    }
    this.plain.flush();
    if (full.length > 0) this.insertFull.run(full.splice(0), this.constants);
    this.pending.clear();
  }
}
