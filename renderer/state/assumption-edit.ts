import type { ScenarioDto } from '../../electron/contract';
import {
  ASSUMPTION_META,
  validateAssumption,
  validateAssumptions,
  type AssumptionKey,
} from '../../projection/assumptions';
import { parseNumberText } from '../../projection/number-text';
import { validateGrowthOverrides } from '../../projection/tam';
import { parseAssumptionText, withoutName } from '../components/assumption-text';

/** What a typed value means before anything is sent: a value to save, no change, or a refusal naming the cell. */
export type ValueEdit<V = number> =
  | { readonly kind: 'save'; readonly value: V }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly message: string };

const NOTHING_SAVED = 'nothing was saved.';

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
  const parsed = parseAssumptionText(key, text);
  const cell = assumptionCellName(scenario.name, key);
  if (!parsed.ok) return { kind: 'refused', message: `${cell}: ${parsed.reason}; ${NOTHING_SAVED}` };
  if (parsed.value === scenario.assumptions[key]) return { kind: 'unchanged' };
  const conflict = validateAssumptions({ ...scenario.assumptions, [key]: parsed.value })[0];
  if (conflict)
    return { kind: 'refused', message: `${cell}: ${withoutName(key, conflict)}; ${NOTHING_SAVED}` };
  return { kind: 'save', value: parsed.value };
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
  const parsed = parseNumberText(text);
  if (!parsed.ok) return { kind: 'refused', message: `${cell}: ${parsed.reason}; ${NOTHING_SAVED}` };
  const value = parsed.value === null ? null : +(parsed.value / 100).toPrecision(12);
  if (value === current) return { kind: 'unchanged' };
  if (value === null) return { kind: 'save', value };
  const baseYear = scenario.assumptions['tam.baseYear'] ?? ASSUMPTION_META['tam.baseYear'].defaultValue;
  const problem =
    validateAssumption('tam.growth', value) ?? validateGrowthOverrides({ [year]: value }, baseYear)[0];
  if (problem)
    return { kind: 'refused', message: `${cell}: ${withoutName('tam.growth', problem)}; ${NOTHING_SAVED}` };
  return { kind: 'save', value };
}
