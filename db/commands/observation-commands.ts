import type { CellState } from '../../projection/journal';
import { isPeriod } from '../../projection/period';
import type { Observation } from '../../projection/series-types';
import { repositories } from '../repositories';
import type { Db } from '../workbook';
import { invalidInput } from '../../projection/refusal';
import { rangeProblem } from '../../projection/value-range';

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

function cellState(observation: Observation | null): CellState | null {
  if (observation === null) return null;
  const { seriesKey: _key, period: _period, ...state } = observation;
  return state;
}

/**
 * Writes one cell of the data grid and its edit-journal entry in one transaction, and returns the
 * observation as saved (null when cleared). Refuses unknown series, derived series, bad periods and
 * non-finite values, writing nothing.
 */
export function setObservation(db: Db, input: SetObservationInput, now: string): Observation | null {
  const repos = repositories(db);
  const series = repos.series.findSeries(input.seriesKey);
  if (!series) throw invalidInput(`${input.seriesKey}: no such series`);
  if (series.kind === 'derived') {
    throw invalidInput(`${series.label}: a derived series is computed, not typed in`);
  }
  if (!isPeriod(input.period)) {
    throw invalidInput(`${input.period}: not a period (expected YYYYQn or YYYY)`);
  }
  if (input.value !== null && !Number.isFinite(input.value)) {
    throw invalidInput(`${series.label} ${input.period}: ${String(input.value)} is not a number`);
  }
  const outside = input.value === null ? null : rangeProblem(input.value, series);
  if (outside) throw invalidInput(`${series.label} ${input.period}: ${outside}`);
  return db.transaction(() => {
    const before = repos.observations.findObservation(input.seriesKey, input.period) ?? null;
    const isUnchanged =
      (before?.value ?? null) === input.value &&
      (input.source === undefined || input.source === before?.source) &&
      (input.note === undefined || input.note === before?.note);
    if (isUnchanged) return before;
    if (input.value === null) {
      repos.observations.deleteObservation(series.id, input.period);
    } else {
      repos.observations.upsertObservation({
        seriesId: series.id,
        period: input.period,
        value: input.value,
        qualifier: 'exact',
        // A typed value replaces the figure it overwrites; the journal keeps the old one and its source.
        source: input.source ?? 'user entry',
        note: input.note ?? '',
        importId: null,
        updatedAt: now,
      });
    }
    const after = repos.observations.findObservation(input.seriesKey, input.period) ?? null;
    repos.journal.appendChange(now, {
      kind: 'observation.set',
      series: input.seriesKey,
      period: input.period,
      before: cellState(before),
      after: cellState(after),
    });
    return after;
  })();
}
