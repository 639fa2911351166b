import type { ScenarioDto } from '../../electron/contract';
import {
  ASSUMPTION_META,
  validateAssumption,
  validateAssumptions,
  type AssumptionKey,
} from '../../projection/assumptions';
import { validateGrowthOverrides } from '../../projection/scenario-model';
import { readAssumptionText, readPercentText, withoutName } from '../../projection/typed-values';
import { choiceText } from '../components/assumption-text';

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

/** The name of an assumption cell in messages: "Bull, AMD share ceiling (inference)". */
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
  const text = choiceText(key, typed === null || typed === undefined ? '' : String(typed));
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
 * Interprets text typed as a scenario's TAM growth for one projected year (keyed by the calendar
 * year it starts in; `label` names it in messages, "2026Q2–2027Q1"): a percentage (40 or 40% is
 * 0.4), or blank to remove the override.
 */
export function interpretOverrideEdit(
  scenario: ScenarioDto,
  year: number,
  typed: unknown,
  label: string = String(year),
): ValueEdit<number | null> {
  const text = typed === null || typed === undefined ? '' : String(typed).trim();
  const cell = `${scenario.name}, TAM growth ${label}`;
  const current = scenario.growthOverrides[year] ?? null;
  if (text === '')
    return current === null ? { kind: 'unchanged' } : { kind: 'save', value: null, note: null };
  const read = readPercentText(text, cell);
  if (!read.ok) return { kind: 'refused', message: `${read.error.message}; ${NOTHING_SAVED}` };
  const { value, note } = read.value;
  if (value === current) return { kind: 'unchanged' };
  const problem = validateAssumption('tam.growth', value) ?? validateGrowthOverrides({ [year]: value })[0];
  if (problem)
    return { kind: 'refused', message: `${cell}: ${withoutName('tam.growth', problem)}; ${NOTHING_SAVED}` };
  return { kind: 'save', value, note };
}
