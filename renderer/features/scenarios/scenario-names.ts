import type { ScenarioDto } from '../../../electron/contract';

/** The longest scenario name the workbook takes (electron/contract.ts). */
export const MAX_SCENARIO_NAME = 80;

/** A name for a copy that no scenario has yet: "Base copy", "Base copy 2", ... */
export function freeCopyName(from: string, scenarios: readonly Pick<ScenarioDto, 'name'>[]): string {
  const taken = new Set(scenarios.map((s) => s.name));
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${from} copy` : `${from} copy ${i}`;
    if (!taken.has(name)) return name;
  }
}

/** Why a typed scenario name cannot be used, or null; main checks again (and for duplicates). */
export function checkScenarioName(typed: string): string | null {
  const name = typed.trim();
  if (name === '') return 'a scenario needs a name';
  if (name.length > MAX_SCENARIO_NAME) return `scenario names are at most ${MAX_SCENARIO_NAME} characters`;
  return null;
}
