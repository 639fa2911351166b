import { MONTHS } from '../../components/months';
import type { ChannelInput, SeriesDetails } from '../../../electron/contract';
import { failure, ok, type Result } from '../../../projection/refusal';
import { readRangeBound } from '../../../projection/typed-values';

/** What the user typed in the series details form: label, unit and the range's bounds as text. */
export interface SeriesDraft {
  readonly label: string;
  readonly unit: string;
  readonly min: string;
  readonly max: string;
}

export type SeriesUpdate = ChannelInput<'series:update'>;

const boundText = (bound: number | null) => (bound === null ? '' : String(bound));

/** The form's starting text; a blank bound is no bound. */
export function seriesDraftOf(series: SeriesDetails): SeriesDraft {
  return {
    label: series.label,
    unit: series.unit,
    min: boundText(series.minValue),
    max: boundText(series.maxValue),
  };
}

/**
 * What to send for a save: the changed fields, with the bounds read in the series' unit (its new
 * one when the unit changes) as a cell reads them; null when nothing changed. A bound that is not
 * a number, a blank label or unit, or a minimum above the maximum is refused here, naming the field.
 */
export function seriesUpdateOf(series: SeriesDetails, draft: SeriesDraft): Result<SeriesUpdate | null> {
  const label = draft.label.trim();
  const unit = draft.unit.trim();
  if (label === '') return failure('invalid_input', `${series.key}: the label cannot be blank`);
  if (unit === '')
    return failure('invalid_input', `${series.key}: the unit cannot be blank (USD millions, percent…)`);
  const min = readRangeBound(draft.min, unit);
  if (!min.ok) return failure('invalid_input', `${series.key}, minimum: ${min.error.message}`);
  const max = readRangeBound(draft.max, unit);
  if (!max.ok) return failure('invalid_input', `${series.key}, maximum: ${max.error.message}`);
  if (min.value !== null && max.value !== null && min.value > max.value) {
    return failure(
      'invalid_input',
      `${series.key}: the minimum ${min.value} is above the maximum ${max.value}`,
    );
  }
  const changes = {
    ...(label === series.label ? {} : { label }),
    ...(unit === series.unit ? {} : { unit }),
    ...(min.value === series.minValue ? {} : { minValue: min.value }),
    ...(max.value === series.maxValue ? {} : { maxValue: max.value }),
  };
  return ok(Object.keys(changes).length === 0 ? null : { key: series.key, ...changes });
}

/**
 * The fiscal calendar in words, with its note: "NVIDIA: fiscal year ends in January (ends the last
 * Sunday of January)", "Calendar year (January to December)".
 */
export function fiscalYearText(calendar: SeriesDetails['fiscalCalendar']): string {
  const month = MONTHS[calendar.fiscalYearEndMonth - 1] ?? String(calendar.fiscalYearEndMonth);
  const year =
    calendar.id === 'calendar'
      ? calendar.label
      : `${calendar.label}: ${calendar.fiscalYearEndMonth === 12 ? 'calendar year' : `fiscal year ends in ${month}`}`;
  return calendar.note === '' || calendar.note === 'calendar year' ? year : `${year} (${calendar.note})`;
}
