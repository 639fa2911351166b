import { ASSUMPTION_META, type AssumptionKey } from '../../../projection/assumptions';
import { dealValue } from '../../../projection/market/deals';
import { formatAssumptionText } from '../../components/assumption-text';
import type { GridCell } from '../../state/current-grid';
import { scenarioColumnId, type AssumptionRow } from './assumption-grid-model';
import type { DealRow } from './deals-grid-model';
import type { HistoryRow } from './history-grid-model';
import type { OverrideRow } from './override-grid-model';

/**
 * The numbers behind the Scenarios grids' cells, for File › Export › Current Grid to CSV raw: the
 * grids hold text made for typing back (25%, 1,200), a CSV of raw numbers wants 0.25 and 1200.
 * Each answers undefined for a column whose value the grid already holds as it should be written.
 */

const SCENARIO_PREFIX = scenarioColumnId('');
const scenarioOf = (colId: string) =>
  colId.startsWith(SCENARIO_PREFIX) ? colId.slice(SCENARIO_PREFIX.length) : null;

/** An assumption as stored (a share as a fraction); a choice or a quarter stays the text it is. */
export function assumptionRawValue(key: AssumptionKey, value: number | null | undefined): GridCell {
  if (value === null || value === undefined) return null;
  const unit = ASSUMPTION_META[key].unit;
  return unit === 'choice' || unit === 'quarter' ? formatAssumptionText(key, value) : value;
}

export function assumptionRaw(row: AssumptionRow, colId: string): GridCell | undefined {
  const scenario = scenarioOf(colId);
  return scenario === null ? undefined : assumptionRawValue(row.key, row.values[scenario]);
}

/** A year's growth as the grid shows it: the override, else the model's growth (a fraction). */
export function overrideRaw(row: OverrideRow, colId: string): GridCell | undefined {
  const scenario = scenarioOf(colId);
  if (scenario === null) return undefined;
  const cell = row.cells[scenario];
  if (!cell) return null;
  if (cell.override !== null) return cell.override;
  return cell.isCapexDriven ? 'capex driver' : cell.effective;
}

/** A history setting: its value, else the default it shows in grey. */
export function historyRaw(row: HistoryRow, colId: string): GridCell | undefined {
  const fallback = ASSUMPTION_META[row.key].defaultValue;
  if (colId === 'value') return assumptionRawValue(row.key, row.value ?? fallback);
  if (colId === 'default') return assumptionRawValue(row.key, fallback);
  return undefined;
}

const DEAL_NUMBERS = ['gigawatts', 'rampYears', 'usdBillionsPerGw', 'amdContentShare'] as const;

/** A deal's numbers as typed (the content share as a fraction), its value to AMD in USD millions. */
export function dealRaw(row: DealRow, colId: string): GridCell | undefined {
  if (colId === 'value') return dealValue(row.deal);
  const field = DEAL_NUMBERS.find((f) => f === colId);
  return field === undefined ? undefined : row.deal[field];
}
