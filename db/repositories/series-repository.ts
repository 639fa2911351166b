import { DEFAULT_DISPLAY, type DisplayScale, type SeriesDisplay } from '../../projection/series-display';
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
 * A series to add; without a range it gets its unit's (projection/value-range.ts); without a
 * display, as stored; without an id, a new one (an undone delete gives the id it had, which import
 * records name).
 */
export type NewSeries = Omit<Series, 'id' | 'display' | keyof ValueRange> &
  Partial<ValueRange> & { readonly id?: number; readonly display?: SeriesDisplay };

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
  display_scale: DisplayScale;
  display_decimals: number | null;
}

const COLUMNS = 'id, key, label, unit, kind, company, metric, fiscal_calendar, notes, sort_order';

/**
 * The columns to read: a workbook of an older schema, opened read-only (not migrated), may have no
 * range columns (schema 4 or older: unbounded) and no display columns (schema 7 or older: as stored).
 */
function columnsOf(db: Db): string {
  const columns = db.pragma('table_info(series)') as { name: string }[];
  const has = (name: string) => columns.some((c) => c.name === name);
  const range = has('min_value') ? 'min_value, max_value' : 'NULL AS min_value, NULL AS max_value';
  const display = has('display_scale')
    ? 'display_scale, display_decimals'
    : "'stored' AS display_scale, NULL AS display_decimals";
  return `${COLUMNS}, ${range}, ${display}`;
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
    display: { scale: row.display_scale, decimals: row.display_decimals },
  };
}

/** Statements on the series table, prepared once per connection. */
export function seriesRepository(db: Db) {
  const columns = columnsOf(db);
  const insert = prepareOnFirstUse(() =>
    db.prepare(
      `INSERT INTO series (id, key, label, unit, kind, company, metric, fiscal_calendar, notes, sort_order,
       min_value, max_value, display_scale, display_decimals)
     VALUES (@id, @key, @label, @unit, @kind, @company, @metric, @fiscalCalendar, @notes, @order, @minValue,
       @maxValue, @displayScale, @displayDecimals)`,
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
  const updateDisplay = prepareOnFirstUse(() =>
    db.prepare('UPDATE series SET display_scale = @scale, display_decimals = @decimals WHERE id = @id'),
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
      const { display = DEFAULT_DISPLAY, ...fields } = series;
      return Number(
        insert().run({
          id: null,
          ...fields,
          minValue: series.minValue === undefined ? range.minValue : series.minValue,
          maxValue: series.maxValue === undefined ? range.maxValue : series.maxValue,
          displayScale: display.scale,
          displayDecimals: display.decimals,
        }).lastInsertRowid,
      );
    },
    /** Sets how a series' numbers are shown. */
    updateSeriesDisplay(id: number, display: SeriesDisplay): void {
      updateDisplay().run({ id, scale: display.scale, decimals: display.decimals });
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
