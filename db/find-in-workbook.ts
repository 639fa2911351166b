import {
  FIND_LIMIT,
  findQueryOf,
  isFoundNumber,
  type FindHit,
  type FindQuery,
  type FindResult,
} from '../projection/find-query';
import { displayShift } from '../projection/series-display';
import { derivedObservations } from './derived-series';
import { repositories } from './repositories';
import type { Db } from './db';

interface CellRow {
  readonly key: string;
  readonly label: string;
  readonly period: string;
  readonly value: number;
  readonly source: string;
  readonly note: string;
}

/** `text` as a LIKE pattern that matches it anywhere, its own % and _ taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Series whose label, key, company, metric or an alias contains the text, in display order. */
function seriesHits(db: Db, query: FindQuery): FindHit[] {
  const rows = db
    .prepare<[{ pattern: string }], { key: string; label: string; matched: string }>(
      `SELECT s.key, s.label, coalesce(
         CASE WHEN s.label LIKE @pattern ESCAPE '\\' THEN s.label END,
         CASE WHEN s.key LIKE @pattern ESCAPE '\\' THEN s.key END,
         CASE WHEN s.company LIKE @pattern ESCAPE '\\' THEN s.company END,
         CASE WHEN s.metric LIKE @pattern ESCAPE '\\' THEN s.metric END,
         (SELECT a.alias FROM series_aliases a WHERE a.series_id = s.id AND a.alias LIKE @pattern ESCAPE '\\' LIMIT 1)
       ) AS matched
       FROM series s WHERE matched IS NOT NULL ORDER BY s.sort_order, s.id`,
    )
    .all({ pattern: containing(query.text) });
  return rows.map((r) => ({
    seriesKey: r.key,
    seriesLabel: r.label,
    period: null,
    field: 'series',
    text: r.matched,
  }));
}

/**
 * Cells whose value, source or note matches, in the table's key order (a search that finds many
 * stops at FIND_LIMIT rows without reading the rest), then derived values, which are computed. A
 * value is found as its series shows it (`shifts`: powers of ten from stored to shown, for the
 * series shown in another scale; 12.6 finds 12,634 USD millions shown in billions), so the few
 * scaled series are searched by value apart, over the stored values the shown number covers.
 */
function cellHits(
  db: Db,
  query: FindQuery,
  labels: ReadonlyMap<string, string>,
  shifts: ReadonlyMap<string, number>,
): { hits: FindHit[]; isTruncated: boolean } {
  const half = query.number ? 0.5 / 10 ** query.number.decimals : 0;
  const low = (query.number?.value ?? 0) - half * 1.000001;
  const high = (query.number?.value ?? 0) + half * 1.000001;
  const select = (where: string, parameters: Record<string, unknown>) =>
    db
      .prepare<[Record<string, unknown>], CellRow>(
        `SELECT s.key, s.label, o.period, o.value, o.source, o.note
         FROM observations o JOIN series s ON s.id = o.series_id WHERE ${where} LIMIT @limit`,
      )
      .all({ ...parameters, limit: FIND_LIMIT + 1 });
  const rows = select(
    `(@isNumber AND o.value BETWEEN @low AND @high AND s.key NOT IN (SELECT value FROM json_each(@scaled)))
     OR o.source LIKE @pattern ESCAPE '\\' OR o.note LIKE @pattern ESCAPE '\\'`,
    {
      isNumber: query.number ? 1 : 0,
      low,
      high,
      scaled: JSON.stringify([...shifts.keys()]),
      pattern: containing(query.text),
    },
  );
  if (query.number) {
    for (const shift of new Set(shifts.values())) {
      const keys = [...shifts].filter(([, s]) => s === shift).map(([key]) => key);
      const factor = 10 ** -shift;
      rows.push(
        ...select(
          `s.key IN (SELECT value FROM json_each(@keys)) AND o.value BETWEEN @low AND @high
           AND NOT (o.source LIKE @pattern ESCAPE '\\' OR o.note LIKE @pattern ESCAPE '\\')`,
          {
            keys: JSON.stringify(keys),
            low: low * factor,
            high: high * factor,
            pattern: containing(query.text),
          },
        ),
      );
    }
  }
  const derived = derivedObservations(db).map((o) => ({
    ...o,
    key: o.seriesKey,
    label: labels.get(o.seriesKey) ?? o.seriesKey,
  }));
  const hits: FindHit[] = [];
  for (const row of [...rows, ...derived]) {
    const hit = cellHit(query, row, shifts.get(row.key) ?? 0);
    if (hit) hits.push(hit);
  }
  return { hits: hits.slice(0, FIND_LIMIT), isTruncated: hits.length > FIND_LIMIT };
}

function cellHit(query: FindQuery, row: CellRow, shift: number): FindHit | null {
  const at = { seriesKey: row.key, seriesLabel: row.label, period: row.period };
  if (isFoundNumber(query, row.value * 10 ** shift))
    return { ...at, field: 'value', text: String(row.value) };
  if (row.source.toLowerCase().includes(query.text)) return { ...at, field: 'source', text: row.source };
  if (row.note.toLowerCase().includes(query.text)) return { ...at, field: 'note', text: row.note };
  return null;
}

/**
 * Finds `typed` in the workbook: series by name first, then cells by value, source or note, each
 * group in the grid's order (series as listed, periods in time). Reads only.
 */
export function findInWorkbook(db: Db, typed: string): FindResult {
  const query = findQueryOf(typed);
  if (query === null) return { hits: [], isTruncated: false };
  const list = db
    .prepare<[], { key: string; label: string }>('SELECT key, label FROM series ORDER BY sort_order, id')
    .all();
  const order = new Map(list.map((s, i) => [s.key, i]));
  const series = seriesHits(db, query);
  const shifts = new Map(
    repositories(db)
      .series.listSeries()
      .map((s) => [s.key, displayShift(s.unit, s.display)] as const)
      .filter(([, shift]) => shift !== 0),
  );
  const cells = cellHits(db, query, new Map(list.map((s) => [s.key, s.label])), shifts);
  const byGrid = (a: FindHit, b: FindHit) =>
    (order.get(a.seriesKey) ?? 0) - (order.get(b.seriesKey) ?? 0) ||
    (a.period ?? '').localeCompare(b.period ?? '');
  const hits = [...series, ...cells.hits.sort(byGrid)];
  return { hits: hits.slice(0, FIND_LIMIT), isTruncated: cells.isTruncated || hits.length > FIND_LIMIT };
}
