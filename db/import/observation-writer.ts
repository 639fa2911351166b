import type Database from 'better-sqlite3';
import { repositories } from '../repositories';
import type { Qualifier } from '../repositories/observation-repository';
import type { Db } from '../workbook';
import type { PreviewRow, PreviewStatus } from './import-types';
import type { ReadValue } from './row-interpreter';
import { USD_MILLIONS, type SeriesTarget } from './series-resolver';

const BATCH = 100;
// Rows are written in windows sorted by key: inserting into the observations B-tree out of key
// order (a file sorted by period across many series) is several times slower than in order.
const WINDOW = 100_000;
const INSERT = `INSERT INTO observations (series_id, period, value, qualifier, source, note, import_id, updated_at) VALUES`;
const ON_CONFLICT = `ON CONFLICT (series_id, period) DO UPDATE SET value = excluded.value, qualifier = excluded.qualifier,
  source = excluded.source, note = excluded.note, import_id = excluded.import_id, updated_at = excluded.updated_at`;

interface Pending {
  readonly seriesId: number;
  readonly period: string;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly source: string;
  readonly note: string;
}

/** An observation as it was before the import. */
interface OldRow {
  value: number;
  qualifier: string;
  source: string;
  note: string;
  import_id: number | null;
  updated_at: string;
}

interface Classified {
  readonly status: PreviewStatus;
  readonly before: PreviewRow['before'];
  readonly old: OldRow | undefined;
}

const NEW: Classified = { status: 'new', before: null, old: undefined };

function byKey(a: Pending, b: Pending): number {
  return a.seriesId - b.seriesId || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);
}

/** Tells a value against what the workbook holds: new, changed or unchanged, and the old row. */
export function createValueClassifier(db: Db) {
  const find = db.prepare<[number, string], OldRow>(
    'SELECT value, qualifier, source, note, import_id, updated_at FROM observations WHERE series_id = ? AND period = ?',
  );
  const any = db.prepare<[number], number>('SELECT 1 FROM observations WHERE series_id = ? LIMIT 1').pluck();
  // Whether each series (by ref) holds any value: new series and empty ones need no lookups.
  const hasValues: (boolean | undefined)[] = [];
  return (v: ReadValue): Classified => {
    const id = v.target.seriesId;
    if (id === null || !(hasValues[v.target.ref] ??= any.get(id) !== undefined)) return NEW;
    const old = find.get(id, v.period);
    if (!old) return NEW;
    const isSame =
      old.value === v.value &&
      old.qualifier === v.qualifier &&
      old.source === v.source &&
      old.note === v.note;
    return {
      status: isSame ? 'unchanged' : 'changed',
      before: { value: old.value, source: old.source },
      old,
    };
  };
}

/**
 * Writes an import's values inside the commit's transaction: creates each new series on its first
 * value, keeps the row a value replaces in import_replaced before changing it, and inserts new
 * values in sorted multi-row batches. Unchanged values are left as they are, with their own import.
 */
export class ObservationWriter {
  private readonly classify: ReturnType<typeof createValueClassifier>;
  private readonly many: Database.Statement;
  private readonly manyPlain: Database.Statement;
  private readonly one: Database.Statement;
  private readonly update: Database.Statement;
  private readonly replaced: Database.Statement;
  private readonly pending: Pending[] = [];
  private isSorted = true;
  private order: number;
  seriesCreated = 0;

  constructor(
    private readonly db: Db,
    private readonly importId: number,
    private readonly now: string,
    private readonly fileName: string,
  ) {
    this.classify = createValueClassifier(db);
    // Prepared here, per commit: the commit may have turned off CHECK and foreign-key code (see
    // commit-import.ts), which SQLite leaves out of statements prepared while it is off.
    const tuple = `(?, ?, ?, ?, ?, ?, ${importId}, '${now.replace(/'/g, "''")}')`;
    this.many = db.prepare(`${INSERT} ${Array(BATCH).fill(tuple).join(', ')}`);
    // Most values are exact and carry no note: binding two fewer parameters a row saves a fifth of the time.
    const plain = `(?, ?, ?, 'exact', ?, '', ${importId}, '${now.replace(/'/g, "''")}')`;
    this.manyPlain = db.prepare(`${INSERT} ${Array(BATCH).fill(plain).join(', ')}`);
    this.one = db.prepare(`${INSERT} ${tuple}`);
    this.update = db.prepare(`${INSERT} ${tuple} ${ON_CONFLICT}`);
    this.replaced = db.prepare(
      `INSERT INTO import_replaced (import_id, series_id, period, value, qualifier, source, note, import_id_before, updated_at)
       VALUES (${importId}, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.order = repositories(db).imports.maxSeriesOrder();
  }

  private createSeries(target: SeriesTarget): number {
    const repos = repositories(this.db);
    const id = repos.series.insertSeries({
      key: target.key,
      label: target.label,
      unit: target.unit ?? USD_MILLIONS,
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

  /** Writes (or queues) one value and says what it did. */
  write(v: ReadValue): Classified {
    const classified = this.classify(v);
    const { status, old } = classified;
    if (status === 'unchanged') return classified;
    const seriesId = (v.target.seriesId ??= this.createSeries(v.target));
    if (old) {
      // A change rewrites a row in place, so key order does not matter: it is written at once.
      this.replaced.run(
        seriesId,
        v.period,
        old.value,
        old.qualifier,
        old.source,
        old.note,
        old.import_id,
        old.updated_at,
      );
      this.update.run(seriesId, v.period, v.value, v.qualifier, v.source, v.note);
      return classified;
    }
    const row = {
      seriesId,
      period: v.period,
      value: v.value,
      qualifier: v.qualifier,
      source: v.source,
      note: v.note,
    };
    const last = this.pending[this.pending.length - 1];
    if (last && byKey(last, row) > 0) this.isSorted = false;
    this.pending.push(row);
    if (this.pending.length >= WINDOW) this.flush();
    return classified;
  }

  /** Writes the queued values. */
  flush(): void {
    const rows = this.pending;
    if (!this.isSorted) rows.sort(byKey);
    const plain: unknown[] = [];
    const full: unknown[] = [];
    for (const r of rows) {
      if (r.qualifier === 'exact' && r.note === '') {
        plain.push(r.seriesId, r.period, r.value, r.source);
        if (plain.length === BATCH * 4) this.flushBatch(this.manyPlain, plain);
      } else {
        full.push(r.seriesId, r.period, r.value, r.qualifier, r.source, r.note);
        if (full.length === BATCH * 6) this.flushBatch(this.many, full);
      }
    }
    for (let i = 0; i < plain.length; i += 4) {
      this.one.run(plain[i], plain[i + 1], plain[i + 2], 'exact', plain[i + 3], '');
    }
    for (let i = 0; i < full.length; i += 6) {
      this.one.run(full.slice(i, i + 6));
    }
    rows.length = 0;
    this.isSorted = true;
  }

  private flushBatch(statement: Database.Statement, args: unknown[]): void {
    statement.run(args);
    args.length = 0;
  }
}
