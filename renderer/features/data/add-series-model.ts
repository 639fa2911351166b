import type { ChannelInput } from '../../../electron/contract';
import { failure, ok, type Result } from '../../../projection/refusal';
import type { ADDABLE_SERIES_KINDS } from '../../../projection/series-types';
import { readRangeBound } from '../../../projection/typed-values';

/** What the user typed in the Add series form. */
export interface NewSeriesDraft {
  readonly company: string;
  readonly label: string;
  /** Blank: suggested from the company and label (suggestKey). */
  readonly key: string;
  readonly unit: string;
  readonly kind: (typeof ADDABLE_SERIES_KINDS)[number];
  /** Bounds in the series' unit as a cell reads them (`3.5B`, `100%`); blank: the unit's default. */
  readonly min: string;
  readonly max: string;
}

export const EMPTY_DRAFT: NewSeriesDraft = {
  company: '',
  label: '',
  key: '',
  unit: 'USD millions',
  kind: 'estimate',
  min: '',
  max: '',
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/**
 * A key for a new series from its company and label, as the workbook's keys are written
 * ("AMD", "AMD semi-custom revenue" → amd.semi_custom_revenue); the company's name is not repeated.
 */
export function suggestKey(company: string, label: string): string {
  const owner = slug(company);
  let metric = slug(label);
  if (owner !== '' && metric.startsWith(`${owner}_`)) metric = metric.slice(owner.length + 1);
  return owner === '' || metric === '' ? '' : `${owner}.${metric}`;
}

/**
 * What to send to add the series; a blank field or a bound that is not a number is refused here,
 * naming the field. A blank bound takes the unit's default range (left out of the request).
 */
export function newSeriesOf(draft: NewSeriesDraft): Result<ChannelInput<'series:add'>> {
  const label = draft.label.trim();
  const company = draft.company.trim();
  const unit = draft.unit.trim();
  const key = draft.key.trim() || suggestKey(company, label);
  if (company === '') return failure('invalid_input', 'Company: say whose series it is (such as AMD)');
  if (label === '')
    return failure('invalid_input', 'Label: name the series (such as AMD semi-custom revenue)');
  if (unit === '') return failure('invalid_input', 'Unit: such as USD millions or percent');
  if (key === '') return failure('invalid_input', 'Key: such as amd.semi_custom_revenue');
  const bounds: { minValue?: number | null; maxValue?: number | null } = {};
  for (const [name, typed, field] of [
    ['Minimum', draft.min, 'minValue'],
    ['Maximum', draft.max, 'maxValue'],
  ] as const) {
    if (typed.trim() === '') continue;
    const read = readRangeBound(typed, unit);
    if (!read.ok) return failure('invalid_input', `${name}: ${read.error.message}`);
    bounds[field] = read.value;
  }
  if (bounds.minValue != null && bounds.maxValue != null && bounds.minValue > bounds.maxValue) {
    return failure('invalid_input', 'Minimum: it is above the maximum');
  }
  return ok({ key, label, company, unit, kind: draft.kind, ...bounds });
}
