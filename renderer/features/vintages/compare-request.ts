import type { ScenarioDto, VintageDto } from '../../../electron/contract';
import type { SideKey } from './compare-model';

/** A comparison asked for from elsewhere (the Scenarios view's "Compare with…"); `seq` tells repeats apart. */
export interface CompareRequest {
  readonly scenario: string;
  readonly seq: number;
}

/**
 * The two sides a "Compare with…" of `scenario` starts from: the scenario as A, and as B its
 * newest vintage (how it has moved since it was frozen), else the most probable other scenario,
 * else nothing (the user picks B).
 */
export function requestedSides(
  scenario: string,
  scenarios: readonly ScenarioDto[],
  vintages: readonly VintageDto[],
): { a: SideKey; b: SideKey | null } {
  const a: SideKey = `scenario:${scenario}`;
  const newest = vintages
    .filter((v) => v.scenario === scenario)
    .reduce<VintageDto | null>((best, v) => (!best || v.frozenAt > best.frozenAt ? v : best), null);
  if (newest) return { a, b: `vintage:${newest.id}` };
  const other = scenarios
    .filter((s) => s.name !== scenario)
    .reduce<ScenarioDto | null>((best, s) => (!best || s.probability > best.probability ? s : best), null);
  return { a, b: other ? `scenario:${other.name}` : null };
}
