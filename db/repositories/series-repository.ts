import type { SeriesInfo, SeriesKind } from '../../projection/series-types';
import { defaultRange, type ValueRange } from '../../projection/value-range';
import type { Db } from '../db';
import { prepareOnFirstUse } from './import-repository';

export type { SeriesKind };

/** A series as stored: what people see, and where it sits in the file and the calendar. */
export interface Series extends SeriesInfo {
  readonly id: number;
  readonly fiscalCalendar: string;
  readonly order: number;
}

/**
 * A series to add; without a range it gets its unit's (projection/value-range.ts); without an id,
 * a new one (an undone delete gives the id it had, which import records name).
 */
export type NewSeries = Omit<Series, 'id' | keyof ValueRange> &
  Partial<ValueRange> & { readonly id?: number };

/** Another name of a series: one the app ships, or one a user chose in an import. */
export interface SeriesAlias {
  readonly seriesKey: string;
  readonly alias: string;
  readonly source: 'default' | 'user';
}

export interface SeriesSummary extends Series {
  readonly count: number;
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
}

interface SeriesRow {
  id: number;
  key: string;
  label: string;
  unit: string;
  kind: SeriesKind;
  company: string;
  metric: string;
  fiscal_calendar: string;
  notes: string;
  sort_order: number;
  min_value: number | null;
  max_value: number | null;
}

const COLUMNS = 'id, key, label, unit, kind, company, metric, fiscal_calendar, notes, sort_order';

/**
 * The columns to read: a workbook of schema 4 or older, opened read-only (not migrated), has no
 * range columns, and reads as unbounded.
 */
function columnsOf(db: Db): string {
  const columns = db.pragma('table_info(series)') as { name: string }[];
  const hasRange = columns.some((c) => c.name === 'min_value');
  return `${COLUMNS}, ${hasRange ? 'min_value, max_value' : 'NULL AS min_value, NULL AS max_value'}`;
}

function toSeries(row: SeriesRow): Series {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    unit: row.unit,
    kind: row.kind,
    company: row.company,
    metric: row.metric,
    fiscalCalendar: row.fiscal_calendar,
    notes: row.notes,
    order: row.sort_order,
    minValue: row.min_value,
    maxValue: row.max_value,
  };
}

/** Statements on the series table, prepared once per connection. */
export function seriesRepository(db: Db) {
  const columns = columnsOf(db);
  const insert = prepareOnFirstUse(() =>
    db.prepare(
      `INSERT INTO series (id, key, label, unit, kind, company, metric, fiscal_calendar, notes, sort_order,
       min_value, max_value)
     VALUES (@id, @key, @label, @unit, @kind, @company, @metric, @fiscalCalendar, @notes, @order, @minValue,
       @maxValue)`,
    ),
  );
  const all = db.prepare<[], SeriesRow>(`SELECT ${columns} FROM series ORDER BY sort_order, key`);
  const byKey = db.prepare<[string], SeriesRow>(`SELECT ${columns} FROM series WHERE key = ?`);
  const updateFields = prepareOnFirstUse(() =>
    db.prepare(
      `UPDATE series SET label = @label, unit = @unit, notes = @notes, min_value = @minValue,
       max_value = @maxValue WHERE id = @id`,
    ),
  );
  const remove = prepareOnFirstUse(() => db.prepare('DELETE FROM series WHERE id = ?'));
  const setOrder = prepareOnFirstUse(() => db.prepare('UPDATE series SET sort_order = ? WHERE id = ?'));
  const idTaken = prepareOnFirstUse(() =>
    db.prepare<[number], { id: number }>('SELECT id FROM series WHERE id = ?'),
  );
  // Prepared on first use: a workbook of schema 4 or older opened read-only has no alias table.
  const aliases = prepareOnFirstUse(() =>
    db.prepare<[], { series_key: string; alias: string; source: 'default' | 'user' }>(
      `SELECT s.key AS series_key, a.alias, a.source FROM series_aliases a JOIN series s ON s.id = a.series_id
       ORDER BY s.sort_order, s.key, a.alias`,
    ),
  );
  const removeAlias = prepareOnFirstUse(() =>
    db.prepare('DELETE FROM series_aliases WHERE series_id = ? AND alias = ?'),
  );
  const insertAlias = prepareOnFirstUse(() =>
    db.prepare('INSERT OR IGNORE INTO series_aliases (series_id, alias, source) VALUES (?, ?, ?)'),
  );
  const summaries = db.prepare<[], SeriesRow & { count: number; first: string | null; last: string | null }>(
    `SELECT s.*, count(o.period) AS count, min(o.period) AS first, max(o.period) AS last
     FROM (SELECT ${columns} FROM series) s LEFT JOIN observations o ON o.series_id = s.id
     GROUP BY s.id ORDER BY s.sort_order, s.key`,
  );

  return {
    /** Adds a series and returns its id. */
    insertSeries(series: NewSeries): number {
      const range = defaultRange(series.unit);
      return Number(
        insert().run({
          id: null,
          ...series,
          minValue: series.minValue === undefined ? range.minValue : series.minValue,
          maxValue: series.maxValue === undefined ? range.maxValue : series.maxValue,
        }).lastInsertRowid,
      );
    },
    /** Every alias, by series display order. */
    listAliases(): SeriesAlias[] {
      return aliases()
        .all()
        .map((row) => ({ seriesKey: row.series_key, alias: row.alias, source: row.source }));
    },
    /** Removes an alias of a series. */
    deleteAlias(seriesId: number, alias: string): void {
      removeAlias().run(seriesId, alias);
    },
    /** Adds an alias of a series; returns false when it had it already. */
    addAlias(seriesId: number, alias: string, source: 'default' | 'user'): boolean {
      return insertAlias().run(seriesId, alias, source).changes > 0;
    },
    /** Every series in display order. */
    listSeries(): Series[] {
      return all.all().map(toSeries);
    },
    /** Every series with its observation count and period range, in display order. */
    listSeriesSummaries(): SeriesSummary[] {
      return summaries.all().map((row) => ({
        ...toSeries(row),
        count: row.count,
        firstPeriod: row.first,
        lastPeriod: row.last,
      }));
    },
    /** Deletes a series with its values, aliases and import records (the tables cascade). */
    deleteSeries(id: number): void {
      remove().run(id);
    },
    /** Moves a series in the display order. */
    setSeriesOrder(id: number, order: number): void {
      setOrder().run(order, id);
    },
    /** Whether a series row has this id. */
    hasSeriesId(id: number): boolean {
      return idTaken().get(id) !== undefined;
    },
    /** Sets what people read of a series. */
    updateSeriesFields(
      id: number,
      fields: { label: string; unit: string; notes: string } & ValueRange,
    ): void {
      updateFields().run({ id, ...fields });
    },
    /** The series with this key, or undefined. */
    findSeries(key: string): Series | undefined {
      const row = byKey.get(key);
      return row ? toSeries(row) : undefined;
    },
  };
}
