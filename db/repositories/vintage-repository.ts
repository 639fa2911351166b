import type { Vintage, VintageSnapshot } from '../../projection/vintage';
import type { Db } from '../db';
import { prepared } from './deal-repository';

interface VintageRow {
  id: number;
  snapshot: string;
}

const toVintage = (row: VintageRow): Vintage => ({
  ...(JSON.parse(row.snapshot) as VintageSnapshot),
  id: row.id,
});

/** Statements on the vintages table; prepared on first use (a read-only workbook of schema 6 has no table). */
export function vintageRepository(db: Db) {
  const all = prepared(() =>
    db.prepare<[], VintageRow>('SELECT id, snapshot FROM vintages ORDER BY frozen_at, id'),
  );
  const one = prepared(() =>
    db.prepare<[number], VintageRow>('SELECT id, snapshot FROM vintages WHERE id = ?'),
  );
  const insert = prepared(() =>
    db.prepare(
      'INSERT INTO vintages (id, scenario, label, frozen_at, snapshot) VALUES (@id, @scenario, @label, @frozenAt, @snapshot)',
    ),
  );
  const remove = prepared(() => db.prepare('DELETE FROM vintages WHERE id = ?'));
  return {
    /** Every vintage, oldest first. */
    listVintages(): Vintage[] {
      return all().all().map(toVintage);
    },
    findVintage(id: number): Vintage | undefined {
      const row = one().get(id);
      return row ? toVintage(row) : undefined;
    },
    /** Stores a snapshot, under `id` when given (an undone delete comes back as it was); returns its id. */
    insertVintage(snapshot: VintageSnapshot, id: number | null = null): number {
      const result = insert().run({
        id,
        scenario: snapshot.scenario,
        label: snapshot.label,
        frozenAt: snapshot.frozenAt,
        snapshot: JSON.stringify(snapshot),
      });
      return Number(result.lastInsertRowid);
    },
    deleteVintage(id: number): void {
      remove().run(id);
    },
  };
}
