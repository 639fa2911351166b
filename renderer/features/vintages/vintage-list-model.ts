import type { VintageDto } from '../../../electron/contract';
import { ALL_ASSUMPTION_KEYS, ASSUMPTION_META } from '../../../projection/assumptions';
import { formatAssumptionText } from '../../components/assumption-text';
import { formatMoney } from '../../components/number-format';
import type { GridForm, GridTable } from '../../state/current-grid';

/** The years the vintage list shows: from the earliest jump-off's year on, those any vintage projects. */
export function listYears(vintages: readonly VintageDto[]): number[] {
  const first = Math.min(...vintages.map((v) => Number(v.jumpOff.slice(0, 4))));
  const years = new Set(
    vintages.flatMap((v) => v.years.filter((y) => y.projectedQuarters > 0).map((y) => y.year)),
  );
  return [...years].filter((y) => y >= first).sort((a, b) => a - b);
}

/** A vintage's Instinct revenue in `year` (USD millions), or null when it has none. */
export const instinctIn = (v: VintageDto, year: number): number | null =>
  v.years.find((y) => y.year === year)?.instinctRevenue ?? null;

/** The frozen date as people read it: 2026-11-30 14:05 (UTC). */
export const frozenText = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/**
 * The vintage list as File › Export › Current Grid to CSV writes it: as shown (Instinct revenue
 * with separators, '–' where a vintage has none) or raw (USD millions as numbers, blank for none).
 */
export function vintageListTable(vintages: readonly VintageDto[], form: GridForm): GridTable {
  const years = vintages.length > 0 ? listYears(vintages) : [];
  const money = (value: number | null) =>
    form === 'raw' ? value : value === null ? '–' : formatMoney(value);
  return {
    header: ['#', 'Label', 'Scenario', 'Frozen (UTC)', 'Jump-off', ...years.map((y) => `Instinct ${y}`)],
    rows: vintages.map((v) => [
      v.id,
      v.label,
      v.scenario,
      frozenText(v.frozenAt),
      v.jumpOff,
      ...years.map((y) => money(instinctIn(v, y))),
    ]),
  };
}

export interface FrozenAssumption {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

/** A vintage's assumptions as they were frozen, in the app's order and their units, then its TAM growth overrides. */
export function frozenAssumptions(v: VintageDto): FrozenAssumption[] {
  const rows = ALL_ASSUMPTION_KEYS.filter((key) => v.assumptions[key] !== undefined).map((key) => ({
    key,
    label: ASSUMPTION_META[key].label,
    value: formatAssumptionText(key, v.assumptions[key]!),
  }));
  const overrides = Object.entries(v.growthOverrides).map(([year, value]) => ({
    key: `tam.growth@${year}`,
    label: `TAM growth override, projected year starting in ${year}`,
    value: `${(value * 100).toFixed(1)}%`,
  }));
  return [...rows, ...overrides];
}
