import type { Db } from '../workbook';

import type { SeriesInfo, SeriesKind } from '../../projection/series-types';

export type { SeriesKind };

/** A series as stored: what people see, and where it sits in the file and the calendar. */
export interface Series extends SeriesInfo {
  readonly id: number;
  readonly fiscalCalendar: string;
  readonly order: number;
}

export type NewSeries = Omit<Series, 'id'>;

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
}

const COLUMNS = 'id, key, label, unit, kind, company, metric, fiscal_calendar, notes, sort_order';

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
  };
}

/** Statements on the series table, prepared once per connection. */
export function seriesRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO series (key, label, unit, kind, company, metric, fiscal_calendar, notes, sort_order)
     VALUES (@key, @label, @unit, @kind, @company, @metric, @fiscalCalendar, @notes, @order)`,
  );
  const all = db.prepare<[], SeriesRow>(`SELECT ${COLUMNS} FROM series ORDER BY sort_order, key`);
  const byKey = db.prepare<[string], SeriesRow>(`SELECT ${COLUMNS} FROM series WHERE key = ?`);
  const updateFields = db.prepare(
    'UPDATE series SET label = @label, unit = @unit, notes = @notes WHERE id = @id',
  );
  const summaries = db.prepare<[], SeriesRow & { count: number; first: string | null; last: string | null }>(
    `SELECT ${COLUMNS.replace(/(\w+)/g, 's.$1')}, count(o.period) AS count, min(o.period) AS first, max(o.period) AS last
     FROM series s LEFT JOIN observations o ON o.series_id = s.id GROUP BY s.id ORDER BY s.sort_order, s.key`,
  );

  return {
    /** Adds a series and returns its id. */
    insertSeries(series: NewSeries): number {
      return Number(insert.run(series).lastInsertRowid);
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
    /** Sets what people read of a series. */
    updateSeriesFields(id: number, fields: { label: string; unit: string; notes: string }): void {
      updateFields.run({ id, ...fields });
    },
    /** The series with this key, or undefined. */
    findSeries(key: string): Series | undefined {
      const row = byKey.get(key);
      return row ? toSeries(row) : undefined;
    },
  };
}
