import type { ColDef, GetRowIdParams, ValueSetterParams } from 'ag-grid-community';
import type { ScenarioDto } from '../../../electron/contract';
import {
  ASSUMPTION_GROUP_LABELS,
  ASSUMPTION_GROUPS,
  ASSUMPTION_KEYS,
  ASSUMPTION_META,
  type AssumptionGroup,
  type AssumptionKey,
} from '../../../projection/assumptions';
import { choicesOf, describeRange, formatAssumptionText, UNIT_TEXT } from '../../components/assumption-text';

/** One row of the assumptions grid: an assumption and its value in each scenario (by scenario name). */
export interface AssumptionRow {
  readonly key: AssumptionKey;
  readonly values: Readonly<Record<string, number | undefined>>;
}

/** Called with the typed text of an edited cell; the grid shows the saved value only, once returned. */
export type AssumptionCellEdit = (row: AssumptionRow, scenario: string, typed: unknown) => void;

/** The column of one scenario; the prefix keeps scenario names apart from the fixed columns. */
export const scenarioColumnId = (scenario: string): string => `scenario:${scenario}`;

export const assumptionRowId = (p: GetRowIdParams<AssumptionRow>): string => p.data.key;

/** The driver groups a scenario's assumptions are shown in (the history settings are the workbook's). */
export const SCENARIO_GROUPS: readonly AssumptionGroup[] = ASSUMPTION_GROUPS.filter((g) => g !== 'history');

/** The heading of a group: "Market and segments". */
export const groupLabel = (group: AssumptionGroup): string => ASSUMPTION_GROUP_LABELS[group];

/** One row per assumption of `group`, in the order of ASSUMPTION_KEYS. */
export function buildAssumptionRows(
  scenarios: readonly ScenarioDto[],
  group: AssumptionGroup,
): AssumptionRow[] {
  return ASSUMPTION_KEYS.filter((key) => ASSUMPTION_META[key].group === group).map((key) => ({
    key,
    values: Object.fromEntries(scenarios.map((s) => [s.name, s.assumptions[key]])),
  }));
}

/** The help line of an assumption: its label, key and the rationale of its default with the source. */
export function assumptionHelp(key: AssumptionKey): string {
  const meta = ASSUMPTION_META[key];
  return `${meta.label} (${key}, default ${formatAssumptionText(key, meta.defaultValue)}): ${meta.description}`;
}

/** A select of the options for a choice (the TAM driver); the text editor for everything else. */
const choiceEditor = (key: AssumptionKey | undefined) => {
  const choices = key ? choicesOf(key) : null;
  return choices ? { component: 'agSelectCellEditor', params: { values: [...choices] } } : undefined;
};

/** The assumption's label, unit and valid range, then one editable column per scenario. */
export function buildAssumptionColumnDefs(
  scenarios: readonly ScenarioDto[],
  onEdit: AssumptionCellEdit,
): ColDef<AssumptionRow>[] {
  const scenarioColumn = (scenario: ScenarioDto): ColDef<AssumptionRow> => ({
    colId: scenarioColumnId(scenario.name),
    headerName: scenario.name,
    headerTooltip: scenario.description || scenario.name,
    flex: 1,
    minWidth: 110,
    type: 'rightAligned',
    editable: true,
    cellEditorSelector: (p) => choiceEditor((p.data as AssumptionRow | undefined)?.key),
    valueGetter: (p) => {
      const value = p.data?.values[scenario.name];
      return p.data && value !== undefined ? formatAssumptionText(p.data.key, value) : '';
    },
    valueSetter: (p: ValueSetterParams<AssumptionRow>) => {
      onEdit(p.data, scenario.name, p.newValue);
      // The cell keeps the saved value; the row is rebuilt from the scenario the save returns.
      return false;
    },
    tooltipValueGetter: (p) => {
      const row = p.data as AssumptionRow | undefined;
      if (!row) return undefined;
      const choices = choicesOf(row.key);
      return `${scenario.name}: ${choices ? `choose ${choices.join(' or ')}` : UNIT_TEXT[ASSUMPTION_META[row.key].unit].hint}`;
    },
  });
  return [
    {
      colId: 'label',
      headerName: 'Assumption',
      pinned: 'left',
      width: 420,
      wrapText: true,
      autoHeight: true,
      cellClass: 'cell-label',
      valueGetter: (p) => (p.data ? ASSUMPTION_META[p.data.key].label : ''),
      tooltipValueGetter: (p) => {
        const row = p.data as AssumptionRow | undefined;
        return row ? assumptionHelp(row.key) : undefined;
      },
    },
    {
      colId: 'unit',
      headerName: 'Unit',
      pinned: 'left',
      width: 84,
      cellClass: 'cell-muted',
      valueGetter: (p) => (p.data ? UNIT_TEXT[ASSUMPTION_META[p.data.key].unit].short : ''),
      tooltipValueGetter: (p) => {
        const row = p.data as AssumptionRow | undefined;
        return row ? UNIT_TEXT[ASSUMPTION_META[row.key].unit].hint : undefined;
      },
    },
    {
      colId: 'range',
      headerName: 'Valid range',
      headerTooltip: 'Values outside the range are refused and nothing is saved',
      flex: 1,
      minWidth: 180,
      cellClass: 'cell-muted',
      valueGetter: (p) => (p.data ? describeRange(p.data.key) : ''),
    },
    ...scenarios.map(scenarioColumn),
  ];
}
