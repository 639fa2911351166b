import { describe, expect, it } from 'vitest';
import type { VintageDto } from '../../../electron/contract';
import { backtest } from '../../../projection/backtest';
import type { MarketHistoryQuarter } from '../../../projection/market/market-history';
import { compareSides } from '../../../projection/compare';
import { freezeProjection, type VintageQuarter } from '../../../projection/vintage';
import { runWorkbookModel } from '../../../projection/workbook-model';
import type { ChartPalette } from '../../../renderer/components/chart-style';
import {
  BACKTEST_COLUMNS,
  buildBacktestChart,
  buildBacktestRows,
  describeScore,
} from '../../../renderer/features/vintages/backtest-model';
import {
  buildCompareColumns,
  buildCompareRows,
  buildSideOptions,
  formatCompareValue,
  rowLabel,
  sideOf,
} from '../../../renderer/features/vintages/compare-model';
import {
  frozenAssumptions,
  frozenText,
  instinctIn,
  listYears,
  vintageListTable,
} from '../../../renderer/features/vintages/vintage-list-model';
import { defaultScenarios, sampleData } from '../fixtures';

const palette = {
  scenarios: ['#s1', '#s2'],
  history: '#history',
} as unknown as ChartPalette;

/** Base frozen from the default workbook, as vintage `id`. */
function frozenBase(id: number): VintageDto {
  const scenarios = defaultScenarios();
  const result = runWorkbookModel(sampleData(), scenarios);
  const base = scenarios.findIndex((s) => s.name === 'Base');
  const snapshot = freezeProjection({
    scenario: scenarios[base]!,
    label: 'Base before the call',
    frozenAt: '2026-11-30T14:05:09.000Z',
    historyAssumptions: {},
    projection: result.comparison.scenarios[base]!.projection,
  });
  return { ...snapshot, id };
}

const q = (period: string, isProjected: boolean, instinct: number): VintageQuarter => ({
  period: period as VintageQuarter['period'],
  isProjected,
  tam: 100_000,
  xpuShare: 0.1,
  amdShare: 0.05,
  instinctRevenue: instinct,
  nvidiaRevenue: 50_000,
  dealRevenue: 0,
});

/** A vintage of hand-made quarters that jumps off at 2026Q1. */
function handVintage(id: number, quarters: VintageQuarter[]): VintageDto {
  return { ...frozenBase(id), label: `v${id}`, jumpOff: '2026Q1', quarters, years: [] };
}

describe('the vintage list', () => {
  it('shows Instinct per year from the jump-off year on, the frozen date, and the assumptions in their units', () => {
    const v = frozenBase(1);
    const years = listYears([v]);
    expect(years[0]).toBe(Number(v.jumpOff.slice(0, 4)));
    expect(years.at(-1)).toBe(v.years.at(-1)!.year);
    expect(instinctIn(v, years[1]!)).toBe(v.years.find((y) => y.year === years[1])!.instinctRevenue);
    expect(instinctIn(v, 1990)).toBeNull();
    expect(frozenText(v.frozenAt)).toBe('2026-11-30 14:05');
    const growth = frozenAssumptions(v).find((a) => a.key === 'tam.growth');
    expect(growth?.value).toMatch(/%$/);
  });
});

describe('the vintage list as a CSV', () => {
  it('holds the columns the list shows, Instinct per year as shown or as raw numbers', () => {
    const v = frozenBase(3);
    const years = listYears([v]);
    const revenue = instinctIn(v, years[1]!)!;
    const shown = vintageListTable([v], 'shown');
    expect(shown.header).toEqual([
      '#',
      'Label',
      'Scenario',
      'Frozen (UTC)',
      'Jump-off',
      ...years.map((y) => `Instinct ${y}`),
    ]);
    expect(shown.rows[0]!.slice(0, 5)).toEqual([
      3,
      'Base before the call',
      'Base',
      '2026-11-30 14:05',
      v.jumpOff,
    ]);
    expect(shown.rows[0]![6]).toBe(Math.round(revenue).toLocaleString('en-US'));
    expect(vintageListTable([v], 'raw').rows[0]![6]).toBe(revenue);
    const none = { ...v, years: v.years.filter((y) => y.year !== years[1]) };
    expect(vintageListTable([v, { ...none, id: 4 }], 'shown').rows[1]![6]).toBe('–');
    expect(vintageListTable([v, { ...none, id: 4 }], 'raw').rows[1]![6]).toBeNull();
    expect(vintageListTable([], 'raw')).toEqual({
      header: ['#', 'Label', 'Scenario', 'Frozen (UTC)', 'Jump-off'],
      rows: [],
    });
  });
});

describe('compare', () => {
  const scenarios = defaultScenarios();
  const vintage = frozenBase(7);
  const edited = scenarios.map((s) =>
    s.name === 'Base' ? { ...s, assumptions: { ...s.assumptions, 'tam.growth': 0.5 } } : s,
  );
  const yearsNow = () => vintage.years;

  it('lists scenarios then vintages, and finds each side by its key (null once gone)', () => {
    expect(buildSideOptions(scenarios, [vintage]).map((o) => o.key)).toEqual([
      ...scenarios.map((s) => `scenario:${s.name}`),
      'vintage:7',
    ]);
    expect(sideOf('vintage:7', scenarios, [vintage], yearsNow)?.name).toBe('Vintage 7: Base before the call');
    expect(sideOf('vintage:8', scenarios, [vintage], yearsNow)).toBeNull();
    expect(sideOf('scenario:Base', scenarios, [vintage], yearsNow)?.years).toBe(vintage.years);
  });

  it('marks the edited assumption changed with its difference in percentage points', () => {
    const a = sideOf('scenario:Base', edited, [vintage], yearsNow)!;
    const b = sideOf('vintage:7', edited, [vintage], yearsNow)!;
    const rows = buildCompareRows(compareSides(a, b));
    const changed = rows.filter((r) => r.isChanged);
    expect(changed.map((r) => r.item)).toEqual(['tam.growth']);
    const growth = changed[0]!;
    expect(growth.section).toBe('Assumption');
    // B (the vintage, 55% as frozen) − A (Base edited to 50%).
    expect(vintage.assumptions['tam.growth']).toBe(0.55);
    expect(formatCompareValue('tam.growth', growth.difference, true)).toBe('+5 pp');
    const output = rows.find((r) => r.section === 'Output')!;
    expect(rowLabel(output)).toMatch(/^TAM \d{4} \(USD millions\)$/);
  });

  it('formats each unit and heads the columns with the sides', () => {
    expect(formatCompareValue('amd.inference.rampMidpoint', 2028.25)).toBe('2028Q2');
    expect(formatCompareValue('amd.inference.rampMidpoint', 0.5, true)).toBe('+2 quarters');
    expect(formatCompareValue('tam.growth@2027', 0.25)).toBe('25.0%');
    expect(formatCompareValue('instinctRevenue:2027', 12345.6)).toBe('12,346');
    expect(formatCompareValue('instinctRevenue:2027', -1500, true)).toMatch(/^[−-]1,500$/);
    expect(formatCompareValue('x', null)).toBe('–');
    expect(buildCompareColumns('Base', 'Vintage 1').map((c) => c.headerName)).toEqual([
      '',
      'Item',
      'Base',
      'Vintage 1',
      'Difference (B − A)',
    ]);
  });
});

/** A rebuilt history quarter: NVIDIA's Data Center revenue and AMD's Instinct revenue (USD millions). */
const historyQuarter = (period: string, nvidia: number, amd: number): MarketHistoryQuarter => ({
  period: period as MarketHistoryQuarter['period'],
  total: nvidia + amd,
  nvidia,
  amd,
  xpu: 0,
  other: 0,
  dataCenter: amd * 2,
  epyc: amd,
  nvidiaDataCenter: nvidia,
  broadcomAi: 0,
  sources: { nvidia: '', amd: '', xpu: '', other: '' },
});

describe('backtest', () => {
  const history = [historyQuarter('2026Q1', 60000, 3000), historyQuarter('2026Q2', 70000, 4000)];

  it('lists the scored quarters, Instinct first, and sums up the score', () => {
    const v = handVintage(1, [q('2026Q1', false, 3000), q('2026Q2', true, 5000), q('2026Q3', true, 6000)]);
    const [score] = backtest([v], history);
    const rows = buildBacktestRows(score!);
    expect(rows.map((r) => `${r.output} ${r.period}`)).toEqual([
      'Instinct revenue 2026Q2',
      'NVIDIA accelerator revenue 2026Q2',
      'TAM 2026Q2',
    ]);
    expect(rows[0]).toMatchObject({ projected: 5000, reported: 4000, error: 1000, percentError: 0.25 });
    expect(describeScore(score!, 1)).toContain('1 quarter scored · Instinct MAPE 25.0%');
    expect(describeScore(score!, 1)).toContain('rank 1 of 1');
  });

  it('shows an error that rounds to nothing as 0, never -0 or +0.0%', () => {
    const format = (field: string, value: number) => {
      const column = BACKTEST_COLUMNS.find((c) => c.field === field)!;
      return (column.valueFormatter as (p: { value: number }) => string)({ value });
    };
    expect(format('error', -1e-9)).toBe('0');
    expect(format('error', 1234.4)).toBe('+1,234');
    expect(format('percentError', 1e-12)).toBe('0.0%');
    expect(format('percentError', -0.2)).toBe('-20.0%');
  });

  it('says when there is nothing to score yet', () => {
    const v = handVintage(2, [q('2026Q1', false, 3000), q('2026Q3', true, 6000)]);
    const [score] = backtest([v], history);
    expect(buildBacktestRows(score!)).toEqual([]);
    expect(describeScore(score!, 0)).toBe(
      'Nothing to score yet: no quarter after its jump-off (2026Q1) has been reported.',
    );
  });

  it('charts the reported Instinct and each vintage from its jump-off, in the palette', () => {
    const v = handVintage(1, [q('2026Q1', false, 3000), q('2026Q2', true, 5000)]);
    const options = buildBacktestChart([v], history, palette);
    const series = options.series as { title: string; stroke: string; data: { x: number; y: number }[] }[];
    expect(series.map((s) => [s.title, s.stroke])).toEqual([
      ['v1', '#s1'],
      ['Reported / rebuilt Instinct', '#history'],
    ]);
    expect(series[1]!.data).toEqual([
      { x: 2026, y: 3000 },
      { x: 2026.25, y: 4000 },
    ]);
    expect(series[0]!.data).toEqual([
      { x: 2026, y: 3000 },
      { x: 2026.25, y: 5000 },
    ]);
  });
});
