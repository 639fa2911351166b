import type { Db } from '../db';

export interface Statement {
  readonly id: number;
  readonly statedOn: string;
  readonly speaker: string;
  readonly quantity: string;
  readonly valueLow: number | null;
  readonly valueHigh: number | null;
  readonly valueText: string;
  readonly unit: string;
  readonly period: string;
  readonly source: string;
  readonly note: string;
}

export type NewStatement = Omit<Statement, 'id'>;

interface StatementRow {
  id: number;
  stated_on: string;
  speaker: string;
  quantity: string;
  value_low: number | null;
  value_high: number | null;
  value_text: string;
  unit: string;
  period: string;
  source: string;
  note: string;
}

/** Statements on the statements table (dated guidance and claims), prepared once per connection. */
export function statementRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO statements (stated_on, speaker, quantity, value_low, value_high, value_text, unit, period, source, note)
     VALUES (@statedOn, @speaker, @quantity, @valueLow, @valueHigh, @valueText, @unit, @period, @source, @note)`,
  );
  const all = db.prepare<[], StatementRow>('SELECT * FROM statements ORDER BY stated_on, id');

  return {
    /** Adds a statement and returns its id. */
    insertStatement(statement: NewStatement): number {
      return Number(insert.run(statement).lastInsertRowid);
    },
    /** Every statement, oldest first (undated ones first). */
    listStatements(): Statement[] {
      return all.all().map((row) => ({
        id: row.id,
        statedOn: row.stated_on,
        speaker: row.speaker,
        quantity: row.quantity,
        valueLow: row.value_low,
        valueHigh: row.value_high,
        valueText: row.value_text,
        unit: row.unit,
        period: row.period,
        source: row.source,
        note: row.note,
      }));
    },
  };
}
