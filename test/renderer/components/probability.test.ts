import { describe, expect, it } from 'vitest';
import {
  describeProbabilityTotal,
  formatProbability,
  probabilityTotal,
} from '../../../renderer/components/probability';
import { readProbabilityText } from '../../../projection/typed-values';
import { checkScenarioName, freeCopyName } from '../../../renderer/features/scenarios/scenario-names';

const readProbability = (text: string) => {
  const read = readProbabilityText(text);
  return read.ok ? { ok: true, value: read.value.value } : { ok: false, reason: read.error.message };
};

describe('scenario probabilities', () => {
  it('adds up the probabilities and warns when the total is not 100%', () => {
    expect(probabilityTotal([{ probability: 0.25 }, { probability: 0.5 }, { probability: 0.25 }])).toBe(1);
    expect(describeProbabilityTotal(1)).toEqual({ text: '100%', warning: null });
    expect(describeProbabilityTotal(0.1 + 0.2 + 0.7)).toEqual({ text: '100%', warning: null });
    expect(describeProbabilityTotal(1.1).warning).toBe(
      'the probabilities add up to 110%, not 100%: the expectation divides by the total',
    );
    expect(describeProbabilityTotal(0).warning).toContain('every probability is 0%');
  });

  it('reads a probability typed as percent', () => {
    expect(readProbability('25')).toEqual({ ok: true, value: 0.25 });
    expect(readProbability('12.5%')).toEqual({ ok: true, value: 0.125 });
    expect(readProbability('0')).toEqual({ ok: true, value: 0 });
    expect(readProbability('150')).toEqual({
      ok: false,
      reason: 'probability: a probability is between 0% and 100%, got 150',
    });
    expect(readProbability('-1').ok).toBe(false);
    expect(readProbability('').ok).toBe(false);
    expect(readProbability('likely').ok).toBe(false);
  });

  it('shows a probability as a percentage', () => {
    expect(formatProbability(0.125)).toBe('12.5%');
  });
});

describe('scenario names', () => {
  it('proposes a copy name no scenario has', () => {
    expect(freeCopyName('Base', [{ name: 'Base' }])).toBe('Base copy');
    expect(freeCopyName('Base', [{ name: 'Base' }, { name: 'Base copy' }])).toBe('Base copy 2');
  });

  it('refuses blank and overlong names before asking main', () => {
    expect(checkScenarioName('  ')).toBe('a scenario needs a name');
    expect(checkScenarioName('x'.repeat(81))).toBe('scenario names are at most 80 characters');
    expect(checkScenarioName(' Upside ')).toBeNull();
  });
});
