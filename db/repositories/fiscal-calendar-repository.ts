import type { Db } from '../db';

export interface FiscalCalendarRow {
  readonly id: string;
  readonly label: string;
  readonly fiscalYearEndMonth: number;
  readonly note: string;
}

/** Statements on the fiscal_calendars table, prepared once per connection. */
export function fiscalCalendarRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO fiscal_calendars (id, label, fiscal_year_end_month, note)
     VALUES (@id, @label, @fiscalYearEndMonth, @note)`,
  );
  const all = db.prepare<[], { id: string; label: string; fiscal_year_end_month: number; note: string }>(
    'SELECT id, label, fiscal_year_end_month, note FROM fiscal_calendars ORDER BY id',
  );

  return {
    /** Adds a fiscal calendar. */
    insertFiscalCalendar(calendar: FiscalCalendarRow): void {
      insert.run(calendar);
    },
    /** Every fiscal calendar, by id. */
    listFiscalCalendars(): FiscalCalendarRow[] {
      return all.all().map((row) => ({
        id: row.id,
        label: row.label,
        fiscalYearEndMonth: row.fiscal_year_end_month,
        note: row.note,
      }));
    },
  };
}
