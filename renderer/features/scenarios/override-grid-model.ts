import type { ColDef, GetRowIdParams, ValueSetterParams } from 'ag-grid-community';
import type { ScenarioDto } from '../../../electron/contract';
import { DEFAULT_ASSUMPTIONS } from '../../../projection/assumptions';
import {
  formatQuarter,
  parseQuarter,
  quarterFromIndex,
  quarterIndex,
  type QuarterPeriod,
} from '../../../projection/period';
import { DEFAULT_END_QUARTER } from '../../../projection/scenario-model';
import { formatPercent, formatPercentText } from '../../components/number-format';
import { scenarioColumnId } from './assumption-grid-model';

/**
 * A projected year: four quarters from the quarter after the jump-off on, keyed (as growth
 * overrides are) by the calendar year its first quarter falls in. The last may be cut short by
 * the horizon.
 */
export interface ProjectedYear {
  readonly key: number;
  /** "2026Q2–2027Q1", or "2030Q2–2030Q4" when the horizon cuts it. */
  readonly label: string;
  readonly quarterCount: number;
}

/** The projected years from the quarter after `jumpOff` to `endQuarter`. */
export function projectedYears(
  jumpOff: QuarterPeriod,
  endQuarter: QuarterPeriod = DEFAULT_END_QUARTER,
): ProjectedYear[] {
  const first = quarterIndex(parseQuarter(jumpOff)) + 1;
  const end = quarterIndex(parseQuarter(endQuarter));
  const years: ProjectedYear[] = [];
  for (let start = first; start <= end; start += 4) {
    const last = Math.min(start + 3, end);
    const from = quarterFromIndex(start);
    years.push({
      key: from.year,
      label: `${formatQuarter(from)}–${formatQuarter(quarterFromIndex(last))}`,
      quarterCount: last - start + 1,
    });
  }
  return years;
}

/** A scenario's TAM growth in one projected year: its override if it has one, and the growth the model uses. */
export interface GrowthCell {
  readonly override: number | null;
  /** The growth the model uses that year (fraction); null outside the horizon or under the capex driver. */
  readonly effective: number | null;
  readonly isCapexDriven: boolean;
}

/** One row of the growth grid: a projected year and each scenario's growth (by scenario name). */
export interface OverrideRow {
  readonly year: number;
  readonly label: string;
  readonly cells: Readonly<Record<string, GrowthCell>>;
}

export const overrideRowId = (p: GetRowIdParams<OverrideRow>): string => String(p.data.year);

export type OverrideCellEdit = (row: OverrideRow, scenario: string, typed: unknown) => void;

/** The growth of each projected year as the model runs it: tam.growth, fading each year, an override replacing it (later years fade from there). */
function growthByYear(scenario: ScenarioDto, years: readonly ProjectedYear[]): Map<number, number> {
  const a = { ...DEFAULT_ASSUMPTIONS, ...scenario.assumptions };
  const path = new Map<number, number>();
  let growth = a['tam.growth'];
  years.forEach((y, k) => {
    if (k > 0) growth *= 1 - a['tam.growthFade'];
    growth = scenario.growthOverrides[y.key] ?? growth;
    path.set(y.key, growth);
  });
  return path;
}

/** One row per projected year, then any year a scenario overrides outside the horizon (to remove it). */
export function buildOverrideRows(scenarios: readonly ScenarioDto[], jumpOff: QuarterPeriod): OverrideRow[] {
  const years = projectedYears(jumpOff);
  const known = new Set(years.map((y) => y.key));
  const stray = [...new Set(scenarios.flatMap((s) => Object.keys(s.growthOverrides).map(Number)))]
    .filter((year) => !known.has(year))
    .sort((a, b) => a - b)
    .map((year) => ({ key: year, label: `${year} (outside the projection)`, quarterCount: 0 }));
  const paths = scenarios.map((s) => growthByYear(s, years));
  return [...years, ...stray].map((y) => ({
    year: y.key,
    label: y.quarterCount > 0 && y.quarterCount < 4 ? `${y.label} (to the horizon)` : y.label,
    cells: Object.fromEntries(
      scenarios.map((s, i) => {
        const isCapexDriven = (s.assumptions['tam.driver'] ?? 0) === 1;
        const cell: GrowthCell = {
          override: s.growthOverrides[y.key] ?? null,
          effective: isCapexDriven ? null : (paths[i]?.get(y.key) ?? null),
          isCapexDriven,
        };
        return [s.name, cell];
      }),
    ),
  }));
}

/** Projected year, then one column per scenario: the override to edit, or the model's growth in grey when none is set. */
export function buildOverrideColumnDefs(
  scenarios: readonly ScenarioDto[],
  onEdit: OverrideCellEdit,
): ColDef<OverrideRow>[] {
  const column = (scenario: ScenarioDto): ColDef<OverrideRow> => ({
    colId: scenarioColumnId(scenario.name),
    headerName: scenario.name,
    width: 130,
    type: 'rightAligned',
    editable: (p) => {
      const cell = p.data?.cells[scenario.name];
      return cell !== undefined && (cell.effective !== null || cell.override !== null);
    },
    // The value is what the editor starts from: the override, or nothing to type over.
    valueGetter: (p) => {
      const override = p.data?.cells[scenario.name]?.override;
      return override === null || override === undefined ? '' : formatPercentText(override);
    },
    valueFormatter: (p) => {
      const cell = p.data?.cells[scenario.name];
      if (!cell || cell.override !== null) return String(p.value ?? '');
      if (cell.isCapexDriven) return 'capex driver';
      return cell.effective === null ? '' : formatPercent(cell.effective);
    },
    // The type's right alignment is a cell class too, so it is repeated here.
    cellClass: (p) => [
      'ag-right-aligned-cell',
      p.data?.cells[scenario.name]?.override === null ? 'cell-derived' : 'cell-override',
    ],
    valueSetter: (p: ValueSetterParams<OverrideRow>) => {
      onEdit(p.data, scenario.name, p.newValue);
      return false;
    },
    tooltipValueGetter: (p) => {
      const cell = (p.data as OverrideRow | undefined)?.cells[scenario.name];
      if (!cell) return undefined;
      if (cell.isCapexDriven)
        return 'This scenario takes its TAM from hyperscaler capex: growth overrides do not apply';
      if (cell.effective === null) return 'Outside the projection: delete the value to remove the override';
      return cell.override === null
        ? 'The model’s growth (no override): type a percentage to override it'
        : 'Override: delete the value to return to the model’s growth';
    },
  });
  return [
    {
      colId: 'year',
      headerName: 'Projected year',
      headerTooltip: 'Four quarters from the quarter after the jump-off, growing over the four before them',
      pinned: 'left',
      width: 220,
      valueGetter: (p) => p.data?.label,
    },
    ...scenarios.map(column),
  ];
}
