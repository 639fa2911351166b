import type { ScenarioDto } from '../../electron/contract';
import {
  ASSUMPTION_META,
  validateAssumption,
  validateAssumptions,
  type AssumptionKey,
} from '../../projection/assumptions';
import { validateGrowthOverrides } from '../../projection/tam';
import { readAssumptionText, readPercentText, withoutName } from '../../projection/typed-values';

/**
 * What a typed value means before anything is sent: a value to save (with a note when a bare
 * number below 1 was read as a percent), no change, or a refusal naming the cell.
 */
export type ValueEdit<V = number> =
  | { readonly kind: 'save'; readonly value: V; readonly note: string | null }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly message: string };

const NOTHING_SAVED = 'nothing was saved.';

/** A status text followed by how a value was read, when that may surprise ("0.25 was read as 0.25%"). */
export function withNote(text: string, note: string | null): string {
  if (note === null) return text;
  return `${text}${text.endsWith('.') ? '' : '.'} Note: ${note}`;
}

/** The name of an assumption cell in messages: "Bull, AMD's merchant share ceiling". */
export function assumptionCellName(scenario: string, key: AssumptionKey): string {
  return `${scenario}, ${ASSUMPTION_META[key].label}`;
}

/**
 * Interprets text typed for one assumption of one scenario (units as in assumption-text.ts),
 * checked alone and against the scenario's other values (an XPU end year before its start year).
 */
export function interpretAssumptionEdit(
  scenario: ScenarioDto,
  key: AssumptionKey,
  typed: unknown,
): ValueEdit {
  const text = typed === null || typed === undefined ? '' : String(typed);
  const cell = assumptionCellName(scenario.name, key);
  const read = readAssumptionText(key, text, cell);
  if (!read.ok) return { kind: 'refused', message: `${read.error.message}; ${NOTHING_SAVED}` };
  const { value, note } = read.value;
  if (value === scenario.assumptions[key]) return { kind: 'unchanged' };
  const conflict = validateAssumptions({ ...scenario.assumptions, [key]: value })[0];
  if (conflict)
    return { kind: 'refused', message: `${cell}: ${withoutName(key, conflict)}; ${NOTHING_SAVED}` };
  return { kind: 'save', value, note };
}

/**
 * Interprets text typed as a scenario's TAM growth for one year: a percentage (40 or 40% is 0.4),
 * or blank to remove the override. Years up to the base year have no growth to override.
 */
export function interpretOverrideEdit(
  scenario: ScenarioDto,
  year: number,
  typed: unknown,
): ValueEdit<number | null> {
  const text = typed === null || typed === undefined ? '' : String(typed).trim();
  const cell = `${scenario.name}, TAM growth ${year}`;
  const current = scenario.growthOverrides[year] ?? null;
  if (text === '')
    return current === null ? { kind: 'unchanged' } : { kind: 'save', value: null, note: null };
  const read = readPercentText(text, cell);
  if (!read.ok) return { kind: 'refused', message: `${read.error.message}; ${NOTHING_SAVED}` };
  const { value, note } = read.value;
  if (value === current) return { kind: 'unchanged' };
  const baseYear = scenario.assumptions['tam.baseYear'] ?? ASSUMPTION_META['tam.baseYear'].defaultValue;
  const problem =
    validateAssumption('tam.growth', value) ?? validateGrowthOverrides({ [year]: value }, baseYear)[0];
  if (problem)
    return { kind: 'refused', message: `${cell}: ${withoutName('tam.growth', problem)}; ${NOTHING_SAVED}` };
  return { kind: 'save', value, note };
}
