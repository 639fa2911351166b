import { ASSUMPTION_KEYS, ASSUMPTION_META } from '../../projection/assumptions';
import type { VintageScore } from '../../projection/backtest';
import type { ScenarioComparison } from '../../projection/scenario-compare';
import type { Projection } from '../../projection/scenario-model';
import type { MarketHistoryQuarter } from '../../projection/market/market-history';
import type { ScenarioSettings } from '../../projection/workbook-model';
import type { Cell, ExportTable } from './export-tables';

/** The model's tables for an export: each scenario, the market history, the comparison, the backtest. */

const MONEY = '#,##0';
const SHARE = '0.0%';

const table = (
  name: string,
  header: string[],
  rows: Cell[][],
  formats: (string | null)[],
  frozenColumns = 1,
): ExportTable => ({ name, header, rows, formats, notes: [], frozenColumns });

/** Assumption format by unit: fractions as percents, money with separators, the rest as typed. */
function assumptionFormat(unit: string): string | null {
  return unit === 'fraction' ? SHARE : unit === 'USD millions' ? MONEY : null;
}

/** A scenario's assumptions, deals, and its quarters and years (history then projection). */
export function scenarioTables(s: ScenarioSettings, p: Projection): ExportTable[] {
  const assumptions = table(
    `${s.name} assumptions`,
    ['Key', 'Assumption', 'Value', 'Unit'],
    [
      ...ASSUMPTION_KEYS.map((k): Cell[] => [
        k,
        ASSUMPTION_META[k].label,
        s.assumptions[k] ?? ASSUMPTION_META[k].defaultValue,
        ASSUMPTION_META[k].unit,
      ]),
      ...Object.entries(s.growthOverrides).map(([y, v]): Cell[] => [
        `tam.growth@${y}`,
        `TAM growth override, projected year starting in ${y}`,
        v,
        'fraction',
      ]),
      ['probability', 'Probability', s.probability, 'fraction'],
      ...s.deals.map((d): Cell[] => [
        `deal:${d.name}`,
        `Deal: ${d.gigawatts} GW from ${d.startQuarter} over ${d.rampYears} years at ${d.usdBillionsPerGw} B$/GW; value: AMD's content share`,
        d.amdContentShare,
        'fraction',
      ]),
    ],
    [null, null, null, null],
  );
  const quarters = table(
    `${s.name} quarters`,
    [
      'Quarter',
      'Projected',
      'TAM',
      'Training',
      'Inference',
      'XPU share',
      'Other share',
      'Merchant',
      'AMD share',
      'Instinct revenue',
      'NVIDIA revenue',
      'Deal floor',
      'Gross profit',
    ],
    p.quarters.map((q) => [
      q.period,
      q.isProjected ? 'yes' : 'history',
      q.tam,
      q.training,
      q.inference,
      q.xpuShare,
      q.otherShare,
      q.merchant,
      q.amdShare,
      q.instinctRevenue,
      q.nvidiaRevenue,
      q.dealRevenue,
      q.grossProfit,
    ]),
    [null, null, MONEY, MONEY, MONEY, SHARE, SHARE, MONEY, SHARE, MONEY, MONEY, MONEY, MONEY],
  );
  const years = table(
    `${s.name} years`,
    [
      'Year',
      'Projected quarters',
      'TAM',
      'XPU share',
      'AMD share',
      'Instinct revenue',
      'NVIDIA revenue',
      'Deal floor',
      'Gross profit',
      'Instinct growth',
    ],
    p.years.map((y) => [
      y.year,
      y.projectedQuarters,
      y.tam,
      y.xpuShare,
      y.amdShare,
      y.instinctRevenue,
      y.nvidiaRevenue,
      y.dealRevenue,
      y.grossProfit,
      y.yoy,
    ]),
    [null, null, MONEY, SHARE, SHARE, MONEY, MONEY, MONEY, MONEY, SHARE],
  );
  // Per-cell number formats for the assumption values follow each row's unit.
  const formatted = {
    ...assumptions,
    rowFormats: assumptions.rows.map((r) => assumptionFormat(String(r[3]))),
  };
  return [formatted, quarters, years];
}

/** The market rebuilt from the workbook, per quarter, with where each part came from. */
export function marketTable(history: readonly MarketHistoryQuarter[]): ExportTable {
  return table(
    'Market history',
    [
      'Quarter',
      'Market',
      'NVIDIA',
      'AMD Instinct',
      'Custom (XPU)',
      'Other',
      'AMD Data Center',
      'AMD EPYC',
      'NVIDIA source',
      'AMD source',
      'XPU source',
    ],
    history.map((h) => [
      h.period,
      h.total,
      h.nvidia,
      h.amd,
      h.xpu,
      h.other,
      h.dataCenter,
      h.epyc,
      h.sources.nvidia,
      h.sources.amd,
      h.sources.xpu,
    ]),
    [null, MONEY, MONEY, MONEY, MONEY, MONEY, MONEY, MONEY, null, null, null],
  );
}

/** Instinct revenue per year and scenario, with the probability-weighted expectation. */
export function comparisonTable(c: ScenarioComparison): ExportTable {
  return table(
    'Comparison',
    ['Year', ...c.scenarios.map((s) => `${s.name} (${Math.round(s.probability * 100)}%)`), 'Expected'],
    c.years.map((y) => [
      y.year,
      ...y.scenarios.map((s) => s.instinctRevenue),
      y.expected?.instinctRevenue ?? null,
    ]),
    [null, ...c.scenarios.map(() => MONEY), MONEY],
  );
}

/** Every vintage's scored quarters. */
export function backtestTable(scores: readonly VintageScore[]): ExportTable {
  return table(
    'Backtest',
    [
      'Vintage',
      'Label',
      'Rank',
      'Instinct MAPE',
      'Quarter',
      'Output',
      'Projected',
      'Reported',
      'Error',
      'Error %',
    ],
    scores.flatMap((s) =>
      s.quarters.length === 0
        ? [[s.vintage, s.label, s.rank, s.mape, null, null, null, null, null, null]]
        : s.quarters.map((q): Cell[] => [
            s.vintage,
            s.label,
            s.rank,
            s.mape,
            q.period,
            q.output,
            q.projected,
            q.reported,
            q.error,
            q.percentError,
          ]),
    ),
    [null, null, null, SHARE, null, null, MONEY, MONEY, MONEY, SHARE],
  );
}
