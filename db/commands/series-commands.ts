import type { SeriesFields } from '../../projection/journal';
import { invalidInput } from '../../projection/refusal';
import { repositories } from '../repositories';
import type { Series } from '../repositories/series-repository';
import type { Db } from '../workbook';

const MAX_LABEL = 200;
const MAX_UNIT = 40;
const MAX_NOTES = 4000;

/**
 * Changes what people read of a series (label, unit, notes); its key, company and values stay.
 * Journaled with the fields before and after; unchanged fields write nothing.
 */
export function updateSeries(db: Db, key: string, fields: Partial<SeriesFields>, now: string): Series {
  const repos = repositories(db);
  const series = repos.series.findSeries(key);
  if (!series) throw invalidInput(`${key}: no such series`);
  const after: SeriesFields = {
    label: (fields.label ?? series.label).trim(),
    unit: (fields.unit ?? series.unit).trim(),
    notes: fields.notes ?? series.notes,
  };
  if (after.label === '') throw invalidInput(`${key}: a series needs a label`);
  if (after.label.length > MAX_LABEL)
    throw invalidInput(`${key}: labels are at most ${MAX_LABEL} characters`);
  if (after.unit === '')
    throw invalidInput(`${key}: a series needs a unit (such as USD millions or percent)`);
  if (after.unit.length > MAX_UNIT) throw invalidInput(`${key}: units are at most ${MAX_UNIT} characters`);
  if (after.notes.length > MAX_NOTES) throw invalidInput(`${key}: notes are at most ${MAX_NOTES} characters`);
  const before: SeriesFields = { label: series.label, unit: series.unit, notes: series.notes };
  if (before.label === after.label && before.unit === after.unit && before.notes === after.notes)
    return series;
  return db.transaction(() => {
    repos.series.updateSeriesFields(series.id, after);
    repos.journal.appendChange(now, { kind: 'series.update', series: key, before, after });
    return repos.series.findSeries(key)!;
  })();
}
