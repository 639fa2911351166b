import type { CellBatchAction, CellChange } from '../../projection/journal';
import { cellStateOf } from '../../projection/journal-cells';
import { isPeriod } from '../../projection/period';
import { QUALIFIERS, type Observation, type Qualifier } from '../../projection/series-types';
import { repositories, type Repositories } from '../repositories';
import type { ObservationWrite } from '../repositories/observation-repository';
import type { Series } from '../repositories/series-repository';
import type { Db } from '../db';
import { invalidInput } from '../../projection/refusal';
import { rangeProblem } from '../../projection/value-range';

/** The longest source and note a value may carry (the IPC contract checks the same). */
export const MAX_SOURCE = 2000;
export const MAX_NOTE = 4000;

export interface SetObservationInput {
  readonly seriesKey: string;
  readonly period: string;
  /** The new value in the series' unit; null clears the cell. */
  readonly value: number | null;
  /** Where the value comes from; "user entry" when omitted. */
  readonly source?: string;
  /** A note on the value; blank when omitted. */
  readonly note?: string;
}

export interface SetObservationsInput {
  /** Why the cells change (a paste, fill, clear or cut): the journal says so. */
  readonly action: CellBatchAction;
  readonly cells: readonly SetObservationInput[];
}

/** The series of a cell that may be typed in, or a refusal naming the series or period. */
function typedSeries(find: (key: string) => Series | undefined, seriesKey: string, period: string): Series {
  const series = find(seriesKey);
  if (!series) throw invalidInput(`${seriesKey}: no such series`);
  if (series.kind === 'derived') {
    throw invalidInput(`${series.label}: a derived series is computed, not typed in`);
  }
  if (!isPeriod(period)) throw invalidInput(`${period}: not a period (expected YYYYQn or YYYY)`);
  return series;
}

function checkTexts(where: string, source: string | undefined, note: string | undefined): void {
  if (source !== undefined && source.length > MAX_SOURCE)
    throw invalidInput(`${where}: a source is at most ${MAX_SOURCE} characters`);
  if (note !== undefined && note.length > MAX_NOTE)
    throw invalidInput(`${where}: a note is at most ${MAX_NOTE} characters`);
}

/**
 * The series a cell write goes to, after checking the write; throws a Refusal naming the cell.
 * `find` looks the series up (a batch passes one that remembers each key it has seen).
 */
function checkCell(input: SetObservationInput, find: (key: string) => Series | undefined): Series {
  const series = typedSeries(find, input.seriesKey, input.period);
  checkTexts(`${series.label} ${input.period}`, input.source, input.note);
  if (input.value !== null && !Number.isFinite(input.value)) {
    throw invalidInput(`${series.label} ${input.period}: ${String(input.value)} is not a number`);
  }
  const outside = input.value === null ? null : rangeProblem(input.value, series);
  if (outside) throw invalidInput(`${series.label} ${input.period}: ${outside}`);
  return series;
}

/**
 * Writes one checked cell inside the caller's transaction; returns the change, or null when the
 * cell already holds the value (and source and note), in which case nothing is written.
 */
function writeCell(
  repos: Repositories,
  seriesId: number,
  input: SetObservationInput,
  now: string,
  before: Observation | null = repos.observations.findObservation(input.seriesKey, input.period) ?? null,
  upsert: (write: ObservationWrite) => void = (write) => repos.observations.upsertObservation(write),
) {
  const isUnchanged =
    (before?.value ?? null) === input.value &&
    (input.source === undefined || input.source === before?.source) &&
    (input.note === undefined || input.note === before?.note);
  if (isUnchanged) return null;
  if (input.value === null) {
    repos.observations.deleteObservation(seriesId, input.period);
    return { before, after: null };
  }
  const after: Observation = {
    seriesKey: input.seriesKey,
    period: input.period,
    value: input.value,
    qualifier: 'exact',
    // A typed value replaces the figure it overwrites; the journal keeps the old one and its source.
    source: input.source ?? 'user entry',
    note: input.note ?? '',
    importId: null,
    updatedAt: now,
  };
  // What was written is `after` exactly: reading it back would double a large paste's queries.
  upsert({ ...after, seriesId });
  return { before, after };
}

/**
 * Writes one cell of the data grid and its edit-journal entry in one transaction, and returns the
 * observation as saved (null when cleared). Refuses unknown series, derived series, bad periods and
 * non-finite values, writing nothing.
 */
export function setObservation(db: Db, input: SetObservationInput, now: string): Observation | null {
  const repos = repositories(db);
  const series = checkCell(input, (key) => repos.series.findSeries(key));
  return db.transaction(() => {
    const written = writeCell(repos, series.id, input, now);
    if (!written) return repos.observations.findObservation(input.seriesKey, input.period) ?? null;
    repos.journal.appendChange(now, {
      kind: 'observation.set',
      series: input.seriesKey,
      period: input.period,
      before: cellStateOf(written.before),
      after: cellStateOf(written.after),
    });
    return written.after;
  })();
}

/**
 * Writes many cells (a paste, fill, clear or cut) in one transaction as one journal step, so one
 * undo takes them all back; returns each cell as saved, in the order given. Every cell is checked
 * as setObservation checks one, before anything is written: the first bad cell refuses the whole
 * batch, naming it. A cell given twice is refused (the second would silently win). Cells that
 * already hold their value are left alone; when none changes, no step is written.
 */
export function setObservations(db: Db, input: SetObservationsInput, now: string): (Observation | null)[] {
  return setObservationsReporting(db, input, now).saved;
}

/**
 * setObservations, also giving each cell as it was before (undefined when blank): what a caller
 * that says which cited sources were replaced needs, without reading every cell a second time.
 */
export function setObservationsReporting(
  db: Db,
  input: SetObservationsInput,
  now: string,
): { saved: (Observation | null)[]; before: (Observation | undefined)[] } {
  const repos = repositories(db);
  const seen = new Set<string>();
  const known = new Map<string, Series | undefined>();
  const find = (key: string) => {
    if (!known.has(key)) known.set(key, repos.series.findSeries(key));
    return known.get(key);
  };
  const series = input.cells.map((cell) => {
    const id = `${cell.seriesKey} ${cell.period}`;
    if (seen.has(id)) throw invalidInput(`${id}: the cell is given twice`);
    seen.add(id);
    return checkCell(cell, find);
  });
  return db.transaction(() => {
    const changes: CellChange[] = [];
    // Read in one statement per series: a paste of 10,000 cells made 10,000 reads.
    const before = repos.observations.findCells(input.cells);
    // Written together, many rows to a statement, once every cell is known (no cell comes twice).
    const writes: ObservationWrite[] = [];
    const saved = input.cells.map((cell, at) => {
      const held = before[at];
      const written = writeCell(repos, series[at]!.id, cell, now, held ?? null, (w) => writes.push(w));
      if (!written) return held ?? null;
      changes.push({
        series: cell.seriesKey,
        period: cell.period,
        before: cellStateOf(written.before),
        after: cellStateOf(written.after),
      });
      return written.after;
    });
    repos.observations.upsertObservations(writes);
    if (changes.length > 0) {
      repos.journal.appendChange(now, { kind: 'observations.set', action: input.action, cells: changes });
    }
    return { saved, before };
  })();
}

export interface AnnotateObservationInput {
  readonly seriesKey: string;
  readonly period: string;
  /** Each field left out stays as it is. */
  readonly qualifier?: Qualifier;
  readonly source?: string;
  readonly note?: string;
}

/**
 * Changes what is said of a value (how sure it is, where it comes from, a note) but not the value,
 * journaled as an `observation.set` with the cell before and after (so undo takes it back). The
 * cell then counts as written by hand: an import undone later leaves it as the user left it.
 * Refuses a blank cell, a derived series and texts over their limits; no change writes nothing.
 */
export function annotateObservation(db: Db, input: AnnotateObservationInput, now: string): Observation {
  const repos = repositories(db);
  const series = typedSeries((key) => repos.series.findSeries(key), input.seriesKey, input.period);
  const where = `${series.label} ${input.period}`;
  checkTexts(where, input.source, input.note);
  if (input.qualifier !== undefined && !QUALIFIERS.includes(input.qualifier)) {
    throw invalidInput(`${where}: ${String(input.qualifier)} is not one of ${QUALIFIERS.join(', ')}`);
  }
  return db.transaction(() => {
    const before = repos.observations.findObservation(input.seriesKey, input.period);
    if (!before) throw invalidInput(`${where}: the cell is blank; type a value before its source or note`);
    const qualifier = input.qualifier ?? before.qualifier;
    const source = input.source?.trim() ?? before.source;
    const note = input.note?.trim() ?? before.note;
    if (qualifier === before.qualifier && source === before.source && note === before.note) return before;
    repos.observations.upsertObservation({
      seriesId: series.id,
      period: input.period,
      value: before.value,
      qualifier,
      source,
      note,
      importId: null,
      updatedAt: now,
    });
    const after = repos.observations.findObservation(input.seriesKey, input.period)!;
    repos.journal.appendChange(now, {
      kind: 'observation.set',
      series: input.seriesKey,
      period: input.period,
      before: cellStateOf(before),
      after: cellStateOf(after),
    });
    return after;
  })();
}
