import type { SeriesFields } from '../../projection/journal';
import { invalidInput } from '../../projection/refusal';
import { displayProblem, type SeriesDisplay } from '../../projection/series-display';
import { describeRange, invalidRange, rangeProblem } from '../../projection/value-range';
import { repositories } from '../repositories';
import type { Series } from '../repositories/series-repository';
import type { Db } from '../db';

const MAX_LABEL = 200;
const MAX_UNIT = 40;
const MAX_NOTES = 4000;

/** Refuses a label, unit, notes or range a series may not have, naming the series. */
export function checkFields(key: string, fields: SeriesFields): void {
  if (fields.label === '') throw invalidInput(`${key}: a series needs a label`);
  if (fields.label.length > MAX_LABEL)
    throw invalidInput(`${key}: labels are at most ${MAX_LABEL} characters`);
  if (fields.unit === '')
    throw invalidInput(`${key}: a series needs a unit (such as USD millions or percent)`);
  if (fields.unit.length > MAX_UNIT) throw invalidInput(`${key}: units are at most ${MAX_UNIT} characters`);
  if (fields.notes.length > MAX_NOTES)
    throw invalidInput(`${key}: notes are at most ${MAX_NOTES} characters`);
  const problem = invalidRange(fields);
  if (problem) throw invalidInput(`${key}: ${problem}`);
}

const isSame = (a: SeriesFields, b: SeriesFields) =>
  a.label === b.label &&
  a.unit === b.unit &&
  a.notes === b.notes &&
  a.minValue === b.minValue &&
  a.maxValue === b.maxValue;

/**
 * Changes what people read of a series (label, unit, notes) and the values it may hold; its key,
 * company and values stay. A range that a value already in the series falls outside is refused,
 * naming the value. Journaled with the fields before and after; no change writes nothing.
 */
export function updateSeries(db: Db, key: string, fields: Partial<SeriesFields>, now: string): Series {
  const repos = repositories(db);
  const series = repos.series.findSeries(key);
  if (!series) throw invalidInput(`${key}: no such series`);
  const before: SeriesFields = {
    label: series.label,
    unit: series.unit,
    notes: series.notes,
    minValue: series.minValue,
    maxValue: series.maxValue,
  };
  const after: SeriesFields = {
    ...before,
    ...fields,
    label: (fields.label ?? series.label).trim(),
    unit: (fields.unit ?? series.unit).trim(),
  };
  checkFields(key, after);
  if (isSame(before, after)) return series;
  const outside = repos.observations
    .listSeriesObservations(key)
    .find((o) => rangeProblem(o.value, after) !== null);
  if (outside) {
    throw invalidInput(
      `${series.label}: the range ${describeRange(after)} leaves out ${outside.value} in ${outside.period}` +
        ' (the first value outside it); nothing was changed',
    );
  }
  return db.transaction(() => {
    repos.series.updateSeriesFields(series.id, after);
    repos.journal.appendChange(now, { kind: 'series.update', series: key, before, after });
    return repos.series.findSeries(key)!;
  })();
}

/**
 * Adds another name of a series (one a file gives it), so the next file that uses it matches by
 * itself; journaled. An alias the series has already writes nothing.
 */
export function addSeriesAlias(db: Db, key: string, alias: string, now: string): void {
  const repos = repositories(db);
  const series = repos.series.findSeries(key);
  if (!series) throw invalidInput(`${key}: no such series`);
  const name = alias.trim();
  if (name === '') throw invalidInput(`${key}: an alias cannot be blank`);
  if (name.length > MAX_LABEL) throw invalidInput(`${key}: aliases are at most ${MAX_LABEL} characters`);
  db.transaction(() => {
    if (repos.series.addAlias(series.id, name, 'user')) {
      repos.journal.appendChange(now, { kind: 'series.alias', series: key, alias: name });
    }
  })();
}

/**
 * Changes how a series' numbers are shown (scale, decimals), never its values; journaled with the
 * display before and after, so an undo puts the old one back. A scale for a series that is not
 * money in USD thousands, millions or billions, or decimals outside 0 to 6, are refused, writing
 * nothing; no change writes nothing.
 */
export function setSeriesDisplay(db: Db, key: string, display: Partial<SeriesDisplay>, now: string): Series {
  const repos = repositories(db);
  const series = repos.series.findSeries(key);
  if (!series) throw invalidInput(`${key}: no such series`);
  const before = series.display;
  const after: SeriesDisplay = { ...before, ...display };
  const problem = displayProblem(series.unit, after);
  if (problem) throw invalidInput(`${key}: ${problem}; nothing was changed`);
  if (before.scale === after.scale && before.decimals === after.decimals) return series;
  return db.transaction(() => {
    repos.series.updateSeriesDisplay(series.id, after);
    repos.journal.appendChange(now, { kind: 'series.display', series: key, before, after });
    return repos.series.findSeries(key)!;
  })();
}
