import type { ScenarioDto } from '../../../electron/contract';
import { ASSUMPTION_META } from '../../../projection/assumptions';
import { ok, type Result } from '../../../projection/refusal';
import { readAssumptionText, readPercentText } from '../../../projection/typed-values';
import { choiceText, formatAssumptionText } from '../../components/assumption-text';
import { formatPercentText } from '../../components/number-format';
import { assumptionCellName } from '../../state/assumption-edit';
import type { AssumptionRow } from './assumption-grid-model';
import type { OverrideRow } from './override-grid-model';
import type { ScenarioCellWrite, ScenarioSheetCell } from './use-scenario-sheet';

/** A read value as a write of `key` (and `year`), or the reason it cannot be. */
function asWrite(
  read: Result<{ value: number }>,
  key: string,
  year: number | null,
): Result<ScenarioCellWrite> {
  return read.ok ? ok({ key, year, value: read.value.value }) : read;
}

/**
 * An assumption of a scenario as the sheet sees it: the text the grid shows (25%, 2027Q2, Growth
 * rate), read back as typing is; a blank clears the scenario's value, so the default applies.
 */
export function assumptionSheetCell(row: AssumptionRow, scenario: ScenarioDto): ScenarioSheetCell {
  const value = row.values[scenario.name] ?? null;
  const name = assumptionCellName(scenario.name, row.key);
  return {
    text: value === null ? '' : formatAssumptionText(row.key, value),
    value,
    name,
    read: (typed) =>
      typed.trim() === ''
        ? ok({ key: row.key, year: null, value: null })
        : asWrite(readAssumptionText(row.key, choiceText(row.key, typed), name), row.key, null),
    savedText: (saved) =>
      saved === null
        ? `default restored (${formatAssumptionText(row.key, ASSUMPTION_META[row.key].defaultValue)})`
        : formatAssumptionText(row.key, saved),
  };
}

/**
 * A scenario's TAM growth override for one projected year: the override as a percentage ('' when
 * the model's own growth applies, which the grid shows in grey); a blank removes the override.
 */
export function overrideSheetCell(row: OverrideRow, scenario: ScenarioDto): ScenarioSheetCell {
  const override = row.cells[scenario.name]?.override ?? null;
  const name = `${scenario.name}, TAM growth ${row.label}`;
  return {
    text: override === null ? '' : formatPercentText(override),
    value: override,
    name,
    read: (typed) =>
      typed.trim() === ''
        ? ok({ key: 'tam.growth', year: row.year, value: null })
        : asWrite(readPercentText(typed, name), 'tam.growth', row.year),
    savedText: (saved) => (saved === null ? 'override removed' : formatPercentText(saved)),
  };
}
