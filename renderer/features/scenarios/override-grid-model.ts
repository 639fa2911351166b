import type { ColDef, GetRowIdParams, ValueSetterParams } from 'ag-grid-community';
import type { ScenarioDto } from '../../../electron/contract';
import { withDefaults } from '../../../projection/assumptions';
import { DEFAULT_END_QUARTER } from '../../../projection/driver-model';
import { growthPath } from '../../../projection/tam';
import { scenarioColumnId } from './assumption-grid-model';
import { formatPercent, formatPercentText } from '../../components/number-format';

/** A scenario's TAM growth in one year: its override if it has one, and the growth the model uses. */
export interface GrowthCell {
  readonly override: number | null;
  /** The growth the model uses this year (fraction); null when the year is not after the base year. */
  readonly effective: number | null;
}

/** One row of the growth grid: a calendar year and each scenario's growth (by scenario name). */
export interface OverrideRow {
  readonly year: number;
  readonly cells: Readonly<Record<string, GrowthCell>>;
}

export const overrideRowId = (p: GetRowIdParams<OverrideRow>): string => String(p.data.year);

export type OverrideCellEdit = (row: OverrideRow, scenario: string, typed: unknown) => void;

const LAST_YEAR = Number(DEFAULT_END_QUARTER.slice(0, 4));

function growthByYear(scenario: ScenarioDto, lastYear: number): Map<number, number> {
  try {
    const a = withDefaults(scenario.assumptions);
    const path = growthPath(a, scenario.growthOverrides, lastYear);
    return new Map(path.map((g, i) => [a['tam.baseYear'] + 1 + i, g]));
  } catch {
    return new Map();
  }
}

/** One row per year from the earliest first growth year of any scenario to the horizon's end (or the last override). */
export function buildOverrideRows(scenarios: readonly ScenarioDto[]): OverrideRow[] {
  const firstYears = scenarios.map((s) => (s.assumptions['tam.baseYear'] ?? 2023) + 1);
  const overrideYears = scenarios.flatMap((s) => Object.keys(s.growthOverrides).map(Number));
  const first = Math.min(...firstYears, LAST_YEAR);
  const last = Math.max(LAST_YEAR, ...overrideYears);
  const paths = scenarios.map((s) => growthByYear(s, last));
  const rows: OverrideRow[] = [];
  for (let year = first; year <= last; year++) {
    const cells = Object.fromEntries(
      scenarios.map((s, i) => [
        s.name,
        { override: s.growthOverrides[year] ?? null, effective: paths[i]?.get(year) ?? null },
      ]),
    );
    rows.push({ year, cells });
  }
  return rows;
}

/** Year, then one column per scenario: the override to edit, or the model's growth in grey when none is set. */
export function buildOverrideColumnDefs(
  scenarios: readonly ScenarioDto[],
  onEdit: OverrideCellEdit,
): ColDef<OverrideRow>[] {
  const column = (scenario: ScenarioDto): ColDef<OverrideRow> => ({
    colId: scenarioColumnId(scenario.name),
    headerName: scenario.name,
    width: 130,
    type: 'rightAligned',
    editable: (p) => p.data?.cells[scenario.name]?.effective !== null,
    // The value is what the editor starts from: the override, or nothing to type over.
    valueGetter: (p) => {
      const override = p.data?.cells[scenario.name]?.override;
      return override === null || override === undefined ? '' : formatPercentText(override);
    },
    valueFormatter: (p) => {
      const cell = p.data?.cells[scenario.name];
      if (!cell || cell.override !== null) return String(p.value ?? '');
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
      if (!cell || cell.effective === null) return 'Before the first growth year of this scenario';
      return cell.override === null
        ? 'The model’s growth (no override): type a percentage to override it'
        : 'Override: delete the value to return to the model’s growth';
    },
  });
  return [
    { colId: 'year', headerName: 'Year', pinned: 'left', width: 90, valueGetter: (p) => p.data?.year },
    ...scenarios.map(column),
  ];
}
