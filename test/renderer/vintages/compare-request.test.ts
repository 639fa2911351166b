import { describe, expect, it } from 'vitest';
import type { VintageDto } from '../../../electron/contract';
import { requestedSides } from '../../../renderer/features/vintages/compare-request';
import { defaultScenarios } from '../fixtures';

const scenarios = defaultScenarios();
const vintage = (id: number, scenario: string, frozenAt: string) =>
  ({ id, scenario, frozenAt }) as VintageDto;

describe('"Compare with…" from the Scenarios view', () => {
  it('compares a scenario with its newest vintage', () => {
    const vintages = [
      vintage(1, 'Base', '2026-01-01T00:00:00Z'),
      vintage(2, 'Base', '2026-06-01T00:00:00Z'),
      vintage(3, 'Bull', '2026-09-01T00:00:00Z'),
    ];
    expect(requestedSides('Base', scenarios, vintages)).toEqual({ a: 'scenario:Base', b: 'vintage:2' });
  });

  it('without a vintage of it, with the most probable other scenario', () => {
    const most = scenarios
      .filter((s) => s.name !== 'Bear')
      .reduce((best, s) => (s.probability > best.probability ? s : best));
    expect(requestedSides('Bear', scenarios, [])).toEqual({ a: 'scenario:Bear', b: `scenario:${most.name}` });
  });

  it('with nothing to compare against, leaves B to the user', () => {
    expect(
      requestedSides(
        'Base',
        scenarios.filter((s) => s.name === 'Base'),
        [],
      ),
    ).toEqual({ a: 'scenario:Base', b: null });
  });
});
