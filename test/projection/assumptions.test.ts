import { describe, it, expect } from 'vitest';
import {
  ALL_ASSUMPTION_KEYS,
  ASSUMPTION_GROUPS,
  ASSUMPTION_GROUP_LABELS,
  ASSUMPTION_KEYS,
  ASSUMPTION_META,
  DEFAULT_ASSUMPTIONS,
  HISTORY_ASSUMPTION_KEYS,
  assumptionGroup,
  formatAssumptionValue,
  historyKeysIn,
  isAssumptionKey,
  isHistoryAssumptionKey,
  validateAssumption,
  validateAssumptions,
  withDefaults,
} from '../../projection/assumptions';
import { MARKET_ASSUMPTION_FIELDS } from '../../projection/market/market-assumption-meta';

describe('assumption metadata', () => {
  it('gives every key a label, a unit, a rationale and a default inside its range', () => {
    for (const key of ALL_ASSUMPTION_KEYS) {
      const meta = ASSUMPTION_META[key];
      expect(meta.key).toBe(key);
      expect(meta.label.length).toBeGreaterThan(0);
      expect(meta.description.length).toBeGreaterThan(10);
      expect(['USD millions', 'fraction', 'year', 'quarter', 'per quarter', 'ratio', 'choice']).toContain(
        meta.unit,
      );
      expect(meta.min).toBeLessThan(meta.max);
      expect(validateAssumption(key, meta.defaultValue)).toBeNull();
      expect(DEFAULT_ASSUMPTIONS[key]).toBe(meta.defaultValue);
    }
  });

  it('derives from the market model’s one meta table', () => {
    expect(ALL_ASSUMPTION_KEYS).toEqual(Object.keys(MARKET_ASSUMPTION_FIELDS));
    expect(ASSUMPTION_META['tam.growth'].description).toBe(MARKET_ASSUMPTION_FIELDS['tam.growth'].rationale);
  });

  it('holds the defaults docs/MODEL.md gives', () => {
    expect(DEFAULT_ASSUMPTIONS['tam.driver']).toBe(0);
    expect(DEFAULT_ASSUMPTIONS['tam.growth']).toBe(0.55);
    expect(DEFAULT_ASSUMPTIONS['tam.growthFade']).toBe(0.35);
    expect(DEFAULT_ASSUMPTIONS['segments.inferenceShareEnd']).toBe(0.7);
    expect(DEFAULT_ASSUMPTIONS['xpu.inferenceShareEnd']).toBe(0.3);
    expect(DEFAULT_ASSUMPTIONS['amd.inference.shareCeiling']).toBe(0.22);
    expect(DEFAULT_ASSUMPTIONS['amd.inference.rampMidpoint']).toBe(2027.5);
    expect(DEFAULT_ASSUMPTIONS['capex.guidance']).toBe(630_000);
    expect(DEFAULT_ASSUMPTIONS['history.nvidiaAcceleratorFraction']).toBe(0.85);
  });

  it('marks only the years and the driver choice as whole numbers', () => {
    const integers = ALL_ASSUMPTION_KEYS.filter((k) => ASSUMPTION_META[k].isInteger);
    expect(integers).toEqual([
      'tam.driver',
      'segments.inferenceStartYear',
      'segments.inferenceEndYear',
      'shares.endYear',
      'capex.guidanceYear',
    ]);
  });
});

describe('history settings and scenario keys', () => {
  it('split every key into the workbook’s history settings and a scenario’s assumptions', () => {
    expect(HISTORY_ASSUMPTION_KEYS).toEqual([
      'history.nvidiaAcceleratorFraction',
      'history.xpuFractionOfBroadcomAi',
      'history.broadcomShareOfXpu',
      'history.otherShare',
      'history.instinctBoundMargin',
      'history.serverCpuMarketGrowth',
    ]);
    expect([...HISTORY_ASSUMPTION_KEYS, ...ASSUMPTION_KEYS].sort()).toEqual([...ALL_ASSUMPTION_KEYS].sort());
    expect(ASSUMPTION_KEYS.some((k) => k.startsWith('history.'))).toBe(false);
  });

  it.each([
    ['history.otherShare', 'history'],
    ['tam.growth', 'market'],
    ['segments.inferenceShareEnd', 'market'],
    ['other.inferenceShareEnd', 'market'],
    ['shares.endYear', 'market'],
    ['xpu.trainingShareEnd', 'xpu'],
    ['amd.inference.rampSpeed', 'amd'],
    ['amd.rampSpeedVsEpyc', 'amd'],
    ['capex.guidance', 'capex'],
    ['hyperscaler.demandShare', 'capex'],
    ['amd.grossMargin', 'margin'],
  ] as const)('puts %s in the %s group', (key, group) => {
    expect(assumptionGroup(key)).toBe(group);
    expect(ASSUMPTION_META[key].group).toBe(group);
  });

  it('labels every group', () => {
    for (const group of ASSUMPTION_GROUPS) expect(ASSUMPTION_GROUP_LABELS[group].length).toBeGreaterThan(0);
  });

  it('recognises keys and history settings', () => {
    expect(isAssumptionKey('amd.inference.shareCeiling')).toBe(true);
    expect(isAssumptionKey('amd.shareCeiling')).toBe(false);
    expect(isHistoryAssumptionKey('history.otherShare')).toBe(true);
    expect(isHistoryAssumptionKey('other.inferenceShareEnd')).toBe(false);
    expect(historyKeysIn({ 'tam.growth': 0.3, 'history.otherShare': 0.05, 'history.bogus': 1 })).toEqual([
      'history.otherShare',
    ]);
  });
});

describe('validateAssumption', () => {
  it.each([
    [
      'amd.inference.shareCeiling',
      1.2,
      "AMD's inference share: ramp ceiling (amd.inference.shareCeiling) must be between 0% and 100%, got 120%",
    ],
    [
      'tam.growth',
      6,
      'TAM growth in the first projected year, over the trailing four quarters (tam.growth) must be between -90% and 500%, got 600%',
    ],
    [
      'segments.inferenceStartYear',
      2023.5,
      'Inference path start year (segments.inferenceStartYear) must be a whole year, got 2023.5',
    ],
    [
      'shares.endYear',
      1999,
      'Year the XPU and other shares reach their end values (shares.endYear) must be between 2000 and 2100, got 1999',
    ],
    [
      'amd.training.rampMidpoint',
      2050.25,
      "AMD's training share: ramp midpoint (amd.training.rampMidpoint) must be between 2015Q1 (2015) and 2040Q4 (2040.75), got 2050Q2 (2050.25)",
    ],
    [
      'amd.training.rampSpeed',
      0,
      "AMD's training share: ramp speed (amd.training.rampSpeed) must be between 0.01 per quarter and 3 per quarter, got 0 per quarter",
    ],
    [
      'amd.rampSpeedVsEpyc',
      7,
      'Ramp speed as a multiple of the EPYC x86 ramp (0 = typed speeds) (amd.rampSpeedVsEpyc) must be between 0 and 5, got 7',
    ],
    [
      'capex.guidance',
      -5,
      'Hyperscaler capex in the guidance year (capex.guidance) must not be negative, got -5 USD millions',
    ],
    [
      'capex.guidance',
      2e8,
      'Hyperscaler capex in the guidance year (capex.guidance) must be at most 100000000 USD millions, got 200000000 USD millions',
    ],
    [
      'tam.driver',
      0.5,
      'TAM driver (0 = growth rate, 1 = hyperscaler capex) (tam.driver) must be a whole number, got 0.5',
    ],
    [
      'tam.driver',
      2,
      'TAM driver (0 = growth rate, 1 = hyperscaler capex) (tam.driver) must be between 0 and 1, got 2',
    ],
    [
      'history.broadcomShareOfXpu',
      0,
      'Broadcom share of all custom accelerators (history.broadcomShareOfXpu) must be between 1% and 100%, got 0%',
    ],
  ])('%s = %s is refused', (key, value, message) => {
    expect(validateAssumption(key, value)).toBe(message);
  });

  it('refuses unknown keys and non-numbers', () => {
    expect(validateAssumption('amd.share', 0.1)).toMatch(
      /^unknown assumption "amd.share" \(known: history.nvidiaAcceleratorFraction, /,
    );
    expect(validateAssumption('tam.growth', Number.NaN)).toBe(
      'TAM growth in the first projected year, over the trailing four quarters (tam.growth) must be a finite number',
    );
    expect(validateAssumption('capex.guidance', Number.POSITIVE_INFINITY)).toMatch(/must be a finite number/);
  });

  it('accepts the range ends', () => {
    expect(validateAssumption('amd.inference.shareCeiling', 0)).toBeNull();
    expect(validateAssumption('amd.inference.shareCeiling', 1)).toBeNull();
    expect(validateAssumption('capex.guidance', 0)).toBeNull();
    expect(validateAssumption('tam.driver', 1)).toBeNull();
    expect(validateAssumption('amd.training.rampMidpoint', 2027.3)).toBeNull();
  });
});

describe('validateAssumptions and withDefaults', () => {
  it('checks values against each other, naming every problem', () => {
    expect(
      validateAssumptions({
        'amd.inference.shareFloor': 0.3,
        'amd.inference.shareCeiling': 0.2,
        'segments.inferenceStartYear': 2031,
        'xpu.trainingShareEnd': 0.9,
        'other.trainingShareEnd': 0.2,
        'tam.driver': 1,
        'capex.acceleratorFraction': 0,
      }),
    ).toEqual([
      "the training market's XPU share 90% and other-merchant share 20% add up to more than 100%",
      "AMD's inference share floor 30% is above its ceiling 20%",
      'the capex driver needs an accelerator fraction of capex above 0%',
      'the inference path starts in 2031, after its end year 2030',
    ]);
  });

  // The capex driver divides by the demand share: 0% is refused where it is typed, as an
  // accelerator fraction of 0% is, not when the projection runs.
  it('refuses the capex driver with no hyperscaler demand share', () => {
    expect(validateAssumptions({ 'tam.driver': 1, 'hyperscaler.demandShare': 0 })).toEqual([
      "the capex driver needs the hyperscalers' share of demand above 0%",
    ]);
    expect(validateAssumptions({ 'tam.driver': 0, 'hyperscaler.demandShare': 0 })).toEqual([]);
  });

  it('checks a value against the defaults of the keys left out', () => {
    // The training ceiling defaults to 10%.
    expect(validateAssumptions({ 'amd.training.shareFloor': 0.11 })).toEqual([
      "AMD's training share floor 11% is above its ceiling 10%",
    ]);
    expect(validateAssumptions({ 'segments.inferenceStartYear': 2030 })).toEqual([]);
    expect(validateAssumptions({ 'xpu.inferenceShareEnd': 0.95, 'other.inferenceShareEnd': 0.05 })).toEqual(
      [],
    );
  });

  it('lists every bad value before comparing them', () => {
    expect(validateAssumptions({ 'capex.guidance': -1, 'amd.grossMargin': 2, bogus: 1 })).toHaveLength(3);
  });

  it('merges values over the defaults', () => {
    const a = withDefaults({ 'tam.growth': 0.4 });
    expect(a['tam.growth']).toBe(0.4);
    expect(a['tam.growthFade']).toBe(0.35);
    expect(a['history.otherShare']).toBe(0.03);
  });

  it('throws one error naming every problem', () => {
    expect(() => withDefaults({ 'amd.training.shareFloor': -0.1, 'capex.guidance': -3 })).toThrow(
      /^invalid assumptions: .*amd.training.shareFloor.*; .*capex.guidance.*must not be negative/,
    );
    expect(() => withDefaults({ ['nope' as 'tam.growth']: 1 })).toThrow(/unknown assumption "nope"/);
  });

  it.each([
    ['amd.inference.shareCeiling', 0.255, '25.5%'],
    ['amd.training.rampMidpoint', 2027.25, '2027Q2 (2027.25)'],
    ['capex.guidance', 630_000, '630000 USD millions'],
    ['amd.training.rampSpeed', 0.16, '0.16 per quarter'],
    ['amd.rampSpeedVsEpyc', 1.5, '1.5'],
    ['tam.driver', 1, '1'],
    ['shares.endYear', 2030, '2030'],
  ] as const)('formats %s = %s as %s', (key, value, text) => {
    expect(formatAssumptionValue(key, value)).toBe(text);
  });
});
