import type { JournalChange } from '../projection/journal';
import type { Db } from './db';

/**
 * The workbook's count of values and first and last period, kept per series so that an edit
 * recounts only the series it wrote (issue 10). Counting a million values is a full scan of the
 * observations (about 240 ms here), so the app's header, which reloads the summary after every
 * save, must not pay it each time; and the first count of a large workbook runs in slices that
 * leave main's thread free between them.
 *
 * Each series' figures are cached per connection and dropped when a journal entry that can change
 * that series' values is appended (every change is one journaled command: see db/commands), or
 * when another connection commits (`PRAGMA data_version`, a read-only window over a file another
 * process writes).
 */

export interface ObservationSummary {
  readonly observations: number;
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
}

interface SeriesFigures {
  readonly count: number;
  readonly first: string | null;
  readonly last: string | null;
}

interface Cache {
  readonly bySeries: Map<number, SeriesFigures>;
  dataVersion: number;
}

const caches = new WeakMap<Db, Cache>();

/** Series counted per statement: about 50,000 values, ten to twenty milliseconds here. */
const SERIES_PER_SLICE = 50;

/** Journal kinds that never change a value: they keep every series' figures. */
const KEEPS_VALUES: ReadonlySet<JournalChange['kind']> = new Set<JournalChange['kind']>([
  'series.update',
  'series.display',
  'series.alias',
  'series.reorder',
  'periods.extend',
  'scenario.assumption',
  'scenario.assumptions',
  'scenario.create',
  'scenario.update',
  'scenario.delete',
  'scenario.deals',
  'vintage.freeze',
  'vintage.delete',
  'model.setting',
  'recipe.save',
  'recipe.delete',
]);

function cacheOf(db: Db): Cache {
  const version = db.pragma('data_version', { simple: true }) as number;
  let cache = caches.get(db);
  if (!cache || cache.dataVersion !== version) {
    cache = { bySeries: new Map(), dataVersion: version };
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Drops the cached figures a journaled change may have made wrong: the series of the cells an
 * edit, paste, fill or clear wrote, none for a change that keeps values, every series otherwise
 * (an import, an undo or redo, a series added or deleted). Called by the journal as it appends.
 */
export function forgetChangedFigures(db: Db, change: JournalChange): void {
  const cache = caches.get(db);
  if (!cache || KEEPS_VALUES.has(change.kind)) return;
  if (change.kind !== 'observation.set' && change.kind !== 'observations.set') {
    cache.bySeries.clear();
    return;
  }
  const keys = new Set(
    change.kind === 'observation.set' ? [change.series] : change.cells.map((c) => c.series),
  );
  const ids = db.prepare<[string], { id: number }>('SELECT id FROM series WHERE key = ?');
  for (const key of keys) {
    const row = ids.get(key);
    if (row) cache.bySeries.delete(row.id);
  }
}

/**
 * Counts the series of `ids` in one statement, and keeps their figures unless a transaction is
 * open: figures read inside another command's open transaction (an import being written) could
 * be rolled back, so they answer this summary but are not kept.
 */
function countSeries(db: Db, cache: Cache, ids: readonly number[]): Map<number, SeriesFigures> {
  const rows = db
    .prepare<[string], { id: number; n: number; first: string | null; last: string | null }>(
      `SELECT s.value AS id, count(o.period) AS n, min(o.period) AS first, max(o.period) AS last
       FROM json_each(?) s LEFT JOIN observations o ON o.series_id = s.value GROUP BY s.value`,
    )
    .all(JSON.stringify(ids));
  const counted = new Map(rows.map((r) => [r.id, { count: r.n, first: r.first, last: r.last }]));
  if (!db.inTransaction) for (const [id, figures] of counted) cache.bySeries.set(id, figures);
  return counted;
}

function combine(db: Db, cache: Cache, ids: readonly number[]): ObservationSummary {
  let observations = 0;
  let firstPeriod: string | null = null;
  let lastPeriod: string | null = null;
  const missing = ids.filter((id) => !cache.bySeries.has(id));
  const counted = missing.length > 0 ? countSeries(db, cache, missing) : new Map<number, SeriesFigures>();
  for (const id of ids) {
    const figures = cache.bySeries.get(id) ?? counted.get(id)!;
    observations += figures.count;
    if (figures.first !== null && (firstPeriod === null || figures.first < firstPeriod))
      firstPeriod = figures.first;
    if (figures.last !== null && (lastPeriod === null || figures.last > lastPeriod))
      lastPeriod = figures.last;
  }
  return { observations, firstPeriod, lastPeriod };
}

const seriesIds = (db: Db) =>
  db
    .prepare<[], { id: number }>('SELECT id FROM series')
    .all()
    .map((r) => r.id);

/** The count of values and the first and last period (lexical, as `min(period)` orders them). */
export function summarizeObservations(db: Db): ObservationSummary {
  return combine(db, cacheOf(db), seriesIds(db));
}

/**
 * The same, counting the series not yet counted a slice at a time and yielding to other work
 * between slices, so that a large workbook's first count never holds the thread for long.
 */
export async function summarizeObservationsInSlices(db: Db): Promise<ObservationSummary> {
  const cache = cacheOf(db);
  const missing = seriesIds(db).filter((id) => !cache.bySeries.has(id));
  for (let at = 0; at < missing.length; at += SERIES_PER_SLICE) {
    countSeries(db, cache, missing.slice(at, at + SERIES_PER_SLICE));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  // Whatever changed meanwhile was dropped from the cache and is counted again here.
  return summarizeObservations(db);
}
