import { describe, expect, it } from 'vitest';
import {
  buildAssumptionRows,
  scenarioColumnId,
} from '../../../renderer/features/scenarios/assumption-grid-model';
import { buildDealRows } from '../../../renderer/features/scenarios/deals-grid-model';
import { buildOverrideRows } from '../../../renderer/features/scenarios/override-grid-model';
import {
  assumptionRaw,
  assumptionRawValue,
  dealRaw,
  historyRaw,
  overrideRaw,
} from '../../../renderer/features/scenarios/scenario-raw-values';
import { dealValue } from '../../../projection/market/deals';
import { ASSUMPTION_META } from '../../../projection/assumptions';
import { defaultScenarios } from '../fixtures';

const scenarios = defaultScenarios();
const base = scenarios.find((s) => s.name === 'Base')!;
const BASE = scenarioColumnId('Base');

describe('the numbers behind the Scenarios grids, for a CSV of raw numbers', () => {
  it('writes an assumption as stored (a share as a fraction), a choice or a quarter as its text', () => {
    const rows = buildAssumptionRows(scenarios, 'amd');
    const ceiling = rows.find((r) => r.key === 'amd.inference.shareCeiling')!;
    expect(assumptionRaw(ceiling, BASE)).toBe(base.assumptions['amd.inference.shareCeiling']);
    expect(assumptionRaw(ceiling, 'label')).toBeUndefined();
    expect(assumptionRaw(ceiling, scenarioColumnId('Nobody'))).toBeNull();
    const quarter = Object.keys(ASSUMPTION_META).find(
      (k) => ASSUMPTION_META[k as keyof typeof ASSUMPTION_META].unit === 'quarter',
    ) as keyof typeof ASSUMPTION_META;
    expect(assumptionRawValue(quarter, 2027.25)).toBe('2027Q2');
    expect(assumptionRawValue(quarter, null)).toBeNull();
  });

  it("writes a year's growth as the override, else the model's growth", () => {
    const rows = buildOverrideRows(scenarios, '2025Q4');
    const first = rows[0]!;
    const cell = first.cells.Base!;
    expect(overrideRaw(first, BASE)).toBe(
      cell.override ?? (cell.isCapexDriven ? 'capex driver' : cell.effective),
    );
    expect(overrideRaw(first, 'label')).toBeUndefined();
  });

  it("writes a history setting's value, else its default; a deal's numbers and its value to AMD", () => {
    const key = Object.keys(ASSUMPTION_META).find(
      (k) =>
        ASSUMPTION_META[k as keyof typeof ASSUMPTION_META].group === 'history' &&
        ASSUMPTION_META[k as keyof typeof ASSUMPTION_META].unit === 'fraction',
    ) as keyof typeof ASSUMPTION_META;
    const fallback = ASSUMPTION_META[key].defaultValue;
    expect(historyRaw({ key, value: null }, 'value')).toBe(fallback);
    expect(historyRaw({ key, value: 0.3 }, 'value')).toBe(0.3);
    expect(historyRaw({ key, value: 0.3 }, 'default')).toBe(fallback);
    const [deal] = buildDealRows(base.deals);
    expect(dealRaw(deal!, 'amdContentShare')).toBe(base.deals[0]!.amdContentShare);
    expect(dealRaw(deal!, 'value')).toBe(dealValue(base.deals[0]!));
    expect(dealRaw(deal!, 'name')).toBeUndefined();
  });
});
