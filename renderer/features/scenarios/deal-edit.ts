import { validateDeals, type Deal } from '../../../projection/market/deals';
import { parseNumberText } from '../../../projection/number-text';
import { formatQuarter, parseQuarter, type QuarterPeriod } from '../../../projection/period';
import { readPercentText } from '../../../projection/typed-values';
import type { ValueEdit } from '../../state/assumption-edit';

/** The fields of a deal a user types. */
export type DealField =
  'name' | 'gigawatts' | 'startQuarter' | 'rampYears' | 'usdBillionsPerGw' | 'amdContentShare' | 'source';

/** Each field's name in messages and headers, with its unit. */
export const DEAL_FIELD_NAMES: Readonly<Record<DealField, string>> = {
  name: 'name',
  gigawatts: 'GW',
  startQuarter: 'start quarter',
  rampYears: 'ramp years',
  usdBillionsPerGw: 'USD billions per GW',
  amdContentShare: 'AMD content share',
  source: 'source',
};

const NUMBER_LIMITS: Partial<Record<DealField, { min: number; max: number }>> = {
  gigawatts: { min: 0, max: 1000 },
  rampYears: { min: 0.25, max: 20 },
  usdBillionsPerGw: { min: 0, max: 1000 },
};

const QUARTER_TEXT = /^(\d{4})\s*-?\s*q([1-4])$/i;
const NOTHING_SAVED = 'nothing was saved.';

/** A field's text read: its value (undefined: a blank source) and a note on how, or why it cannot be. */
export type FieldValue = { value: string | number | undefined; note: string | null } | { problem: string };

/** Reads the text typed (or pasted) into one field of a deal, as the grid's editor does. */
export function readDealField(field: DealField, text: string): FieldValue {
  switch (field) {
    case 'name':
      if (text === '') return { problem: 'a deal needs a name' };
      return text.length > 80 ? { problem: 'names are at most 80 characters' } : { value: text, note: null };
    case 'source':
      return text.length > 2000
        ? { problem: 'a source is at most 2,000 characters' }
        : { value: text || undefined, note: null };
    case 'startQuarter': {
      const m = QUARTER_TEXT.exec(text);
      return m
        ? { value: formatQuarter(parseQuarter(`${m[1]}Q${m[2]}`)), note: null }
        : { problem: `"${text}" is not a quarter (type 2026Q3)` };
    }
    case 'amdContentShare': {
      const read = readPercentText(text, 'AMD content share');
      if (!read.ok) return { problem: read.error.message };
      const { value, note } = read.value;
      return value < 0 || value > 1
        ? { problem: 'AMD’s content share is between 0% and 100%' }
        : { value, note };
    }
    default: {
      const parsed = parseNumberText(text);
      if (!parsed.ok) return { problem: parsed.error.message };
      if (parsed.value === null) return { problem: 'a value is required' };
      const { min, max } = NUMBER_LIMITS[field]!;
      if (parsed.value < min || parsed.value > max)
        return { problem: `must be between ${min} and ${max}, got ${parsed.value}` };
      if (field === 'rampYears' && !Number.isInteger(parsed.value * 4))
        return { problem: 'ramp years go in quarters of a year (0.25 steps)' };
      return { value: parsed.value, note: null };
    }
  }
}

/**
 * Interprets text typed into one field of one deal of a scenario: the deals as they would be
 * saved (checked together by projection/market/deals.ts), no change, or a refusal naming the cell.
 * Money per GW is USD billions; AMD's content share is a percent (25 or 25% is 25%).
 */
export function interpretDealEdit(
  scenario: string,
  deals: readonly Deal[],
  index: number,
  field: DealField,
  typed: unknown,
): ValueEdit<Deal[]> {
  const deal = deals[index];
  if (!deal) return { kind: 'unchanged' };
  const text = typed === null || typed === undefined ? '' : String(typed).trim();
  const cell = `${scenario}, deal “${deal.name}”, ${DEAL_FIELD_NAMES[field]}`;
  const read = readDealField(field, text);
  if ('problem' in read) return { kind: 'refused', message: `${cell}: ${read.problem}; ${NOTHING_SAVED}` };
  if (read.value === deal[field]) return { kind: 'unchanged' };
  const changed: Deal = { ...deal, [field]: read.value };
  if (read.value === undefined) delete (changed as { source?: string }).source;
  const next = deals.map((d, i) => (i === index ? changed : d));
  const problems = validateDeals(next);
  if (problems.length > 0)
    return { kind: 'refused', message: `${cell}: ${problems.join('; ')}; ${NOTHING_SAVED}` };
  return { kind: 'save', value: next, note: read.note };
}

/** A name no deal of the list has yet: "New deal", "New deal 2", … */
export function freeDealName(deals: readonly Deal[]): string {
  const taken = new Set(deals.map((d) => d.name));
  for (let i = 1; ; i++) {
    const name = i === 1 ? 'New deal' : `New deal ${i}`;
    if (!taken.has(name)) return name;
  }
}

/** A deal to start from: 1 GW from the first projected quarter over two years at 50 B$ per GW, 25% AMD content. */
export function newDeal(deals: readonly Deal[], firstQuarter: QuarterPeriod): Deal {
  return {
    name: freeDealName(deals),
    gigawatts: 1,
    startQuarter: firstQuarter,
    rampYears: 2,
    usdBillionsPerGw: 50,
    amdContentShare: 0.25,
  };
}
