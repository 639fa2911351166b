import type { Db } from '../db';

import type { Observation, Qualifier } from '../../projection/series-types';

export type { Observation, Qualifier };

/** An observation to write: the series by row id rather than key. */
export type ObservationWrite = Omit<Observation, 'seriesKey'> & { readonly seriesId: number };

export interface ObservationSummary {
  readonly observations: number;
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
}

interface ObservationRow {
  series_key: string;
  period: string;
  value: number;
  qualifier: Qualifier;
  source: string;
  note: string;
  import_id: number | null;
  updated_at: string;
}

/** An observation's row without its series, as an array: period, value, qualifier, source, note, import, time. */
type RawObservationRow = [string, number, Qualifier, string, string, number | null, string];

/** Rows per statement of upsertObservations (100 rows bind 800 of SQLite's 32,766 parameters). */
const UPSERT_ROWS = 100;

const SELECT = `SELECT s.key AS series_key, o.period, o.value, o.qualifier, o.source, o.note, o.import_id,
  o.updated_at FROM observations o JOIN series s ON s.id = o.series_id`;

// Time order with a full year right after its fourth quarter (as projection's comparePeriods).
const PERIOD_ORDER = 'substr(o.period, 1, 4), length(o.period) = 4, o.period';

function toObservation(row: ObservationRow): Observation {
  return {
    seriesKey: row.series_key,
    period: row.period,
    value: row.value,
    qualifier: row.qualifier,
    source: row.source,
    note: row.note,
    importId: row.import_id,
    updatedAt: row.updated_at,
  };
}

/** Statements on the observations table, prepared once per connection. */
export function observationRepository(db: Db) {
  const upsert = db.prepare(
    `INSERT INTO observations (series_id, period, value, qualifier, source, note, import_id, updated_at)
     VALUES (@seriesId, @period, @value, @qualifier, @source, @note, @importId, @updatedAt)
     ON CONFLICT (series_id, period) DO UPDATE SET value = excluded.value, qualifier = excluded.qualifier,
       source = excluded.source, note = excluded.note, import_id = excluded.import_id,
       updated_at = excluded.updated_at`,
  );
  // Many rows per statement, bound by position: a paste of 10,000 cells made 10,000 runs of
  // `upsert`, each binding eight named parameters. OR FAIL: SQLite then keeps no statement journal
  // for a statement that writes many rows (the caller's transaction rolls back on any error).
  const upsertRows = new Map<number, ReturnType<typeof db.prepare>>();
  const upsertOf = (rows: number) => {
    let statement = upsertRows.get(rows);
    if (!statement) {
      statement = db.prepare(
        `INSERT OR FAIL INTO observations (series_id, period, value, qualifier, source, note, import_id, updated_at)
         VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
         ON CONFLICT (series_id, period) DO UPDATE SET value = excluded.value, qualifier = excluded.qualifier,
           source = excluded.source, note = excluded.note, import_id = excluded.import_id,
           updated_at = excluded.updated_at`,
      );
      upsertRows.set(rows, statement);
    }
    return statement;
  };
  const remove = db.prepare('DELETE FROM observations WHERE series_id = ? AND period = ?');
  const all = db.prepare<[], ObservationRow>(`${SELECT} ORDER BY s.sort_order, ${PERIOD_ORDER}`);
  const forSeries = db.prepare<[string], ObservationRow>(
    `${SELECT} WHERE s.key = ? ORDER BY ${PERIOD_ORDER}`,
  );
  const one = db.prepare<[string, string], ObservationRow>(`${SELECT} WHERE s.key = ? AND o.period = ?`);
  // Some periods of one series (a JSON array): one seek into the primary key per period.
  // Rows as arrays (raw): building 10,000 row objects took more than half of the read.
  const somePeriods = db
    .prepare<[string, string], RawObservationRow>(
      `SELECT o.period, o.value, o.qualifier, o.source, o.note, o.import_id, o.updated_at
       FROM observations o JOIN series s ON s.id = o.series_id
       WHERE s.key = ? AND o.period IN (SELECT value FROM json_each(?))`,
    )
    .raw(true);
  // Whole years of one series: '2024' <= period < '2031' holds 2024 to 2030 and their quarters.
  // The primary key (series_id, period) makes it a range read of one series' rows, however large
  // the workbook.
  const yearsOfSeries = db.prepare<[string, string, string], ObservationRow>(
    `${SELECT} WHERE s.key = ? AND o.period >= ? AND o.period < ? ORDER BY ${PERIOD_ORDER}`,
  );
  // Each series' first and last period in time order: a few seeks into the primary key per
  // series, not a scan of the table. Text order puts a year before its quarters, time order after
  // them, so the year at each end is looked at again: a first period that is a year gives way to
  // that year's first quarter, and a last quarter to its year.
  const periodRanges = db.prepare<[], { series_key: string; first: string | null; last: string | null }>(
    `WITH ends AS (
       SELECT s.id, s.key, s.sort_order,
         (SELECT min(period) FROM observations WHERE series_id = s.id) AS first,
         (SELECT max(period) FROM observations WHERE series_id = s.id) AS last
       FROM series s)
     SELECT key AS series_key,
       CASE WHEN length(first) = 4 THEN coalesce((SELECT min(period) FROM observations
         WHERE series_id = ends.id AND period > ends.first AND period < CAST(ends.first + 1 AS TEXT)), first)
         ELSE first END AS first,
       CASE WHEN EXISTS (SELECT 1 FROM observations WHERE series_id = ends.id AND period = substr(ends.last, 1, 4))
         THEN substr(ends.last, 1, 4) ELSE last END AS last
     FROM ends ORDER BY sort_order, key`,
  );
  const summary = db.prepare<[], { observations: number; first: string | null; last: string | null }>(
    'SELECT count(*) AS observations, min(period) AS first, max(period) AS last FROM observations',
  );

  return {
    /** Inserts or replaces the value of one series in one period. */
    upsertObservation(write: ObservationWrite): void {
      upsert.run(write);
    },
    /** upsertObservation for many rows (no two for the same cell), 100 to a statement. */
    upsertObservations(writes: readonly ObservationWrite[]): void {
      for (let at = 0; at < writes.length; at += UPSERT_ROWS) {
        const rows = writes.slice(at, at + UPSERT_ROWS);
        const values: unknown[] = [];
        for (const w of rows) {
          values.push(w.seriesId, w.period, w.value, w.qualifier, w.source, w.note, w.importId, w.updatedAt);
        }
        upsertOf(rows.length).run(values);
      }
    },
    /** Removes the value of one series in one period (a blanked cell). */
    deleteObservation(seriesId: number, period: string): void {
      remove.run(seriesId, period);
    },
    /** Every observation, in series display order then period. */
    listObservations(): Observation[] {
      return all.all().map(toObservation);
    },
    /** The observations of one series, in period order. */
    listSeriesObservations(seriesKey: string): Observation[] {
      return forSeries.all(seriesKey).map(toObservation);
    },
    /** The observations of one series in the years `fromYear` to `toYear - 1`, in period order. */
    listSeriesYears(seriesKey: string, fromYear: number, toYear: number): Observation[] {
      return yearsOfSeries.all(seriesKey, String(fromYear), String(toYear)).map(toObservation);
    },
    /**
     * Each series' first and last period in time order (a year right after its fourth quarter),
     * in display order; null for a series with no values.
     */
    listSeriesPeriodRanges(): { seriesKey: string; first: string | null; last: string | null }[] {
      return periodRanges.all().map((r) => ({ seriesKey: r.series_key, first: r.first, last: r.last }));
    },
    /** One observation, or undefined when the cell is blank. */
    findObservation(seriesKey: string, period: string): Observation | undefined {
      const row = one.get(seriesKey, period);
      return row ? toObservation(row) : undefined;
    },
    /**
     * Many cells at once, in the order given (undefined where blank): one statement per series
     * instead of one per cell, which a paste of 10,000 cells or its undo would otherwise make.
     */
    findCells(
      cells: readonly { readonly seriesKey: string; readonly period: string }[],
    ): (Observation | undefined)[] {
      const periodsBySeries = new Map<string, string[]>();
      for (const { seriesKey, period } of cells) {
        const periods = periodsBySeries.get(seriesKey);
        if (periods) periods.push(period);
        else periodsBySeries.set(seriesKey, [period]);
      }
      const found = new Map<string, Map<string, Observation>>();
      for (const [seriesKey, periods] of periodsBySeries) {
        const ofSeries = new Map<string, Observation>();
        for (const [period, value, qualifier, source, note, importId, updatedAt] of somePeriods.all(
          seriesKey,
          JSON.stringify(periods),
        )) {
          ofSeries.set(period, { seriesKey, period, value, qualifier, source, note, importId, updatedAt });
        }
        found.set(seriesKey, ofSeries);
      }
      return cells.map(({ seriesKey, period }) => found.get(seriesKey)!.get(period));
    },
    /** Count and period range of all observations. */
    summarizeObservations(): ObservationSummary {
      const row = summary.get()!;
      return { observations: row.observations, firstPeriod: row.first, lastPeriod: row.last };
    },
  };
}
