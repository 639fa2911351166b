import type { AssumptionValues } from './assumptions';
import { capexCheck, type CapexCheckYear } from './capex-check';
import {
  AMD_INSTINCT_STATEMENTS,
  compareHistory,
  type HistoryEstimate,
  type HistoryRow,
} from './history-compare';
import { fitLogistic, type LogisticFit, type SharePoint } from './logistic-fit';
import type { Deal } from './market/deals';
import { buildMarketHistory, type MarketData, type MarketHistoryQuarter } from './market/market-history';
import type { JumpOff } from './market/market-projection';
import type { PeriodValue } from './market/market-types';
import { scenarioChecks, type ModelCheck } from './model-checks';
import { comparePeriods, type QuarterPeriod } from './period';
import { invalidInput } from './refusal';
import { compareScenarios, type ScenarioComparison, type ScenarioInputs } from './scenario-compare';
import {
  DEFAULT_END_QUARTER,
  firstProjectedQuarter,
  type GrowthOverrides,
  type ModelContext,
} from './scenario-model';

/**
 * Runs every scenario of a workbook on the market model: the market rebuilt from the workbook's
 * series (the same past for every scenario), each scenario's projection from the jump-off, the x86
 * analog fit, the statements beside the rebuilt history, and each scenario's capex check and
 * checks against the companies' statements. Pure: the workbook's data comes in as plain values
 * (db/projection-data.ts loads them).
 */

/** What the model takes from a workbook (USD millions; shares in percent as the series hold them). */
export interface WorkbookModelData {
  /** The series the history is rebuilt from. */
  readonly market: MarketData;
  /** Hyperscaler capex per quarter, the four companies summed, only quarters all four reported. */
  readonly capex: readonly PeriodValue[];
  /** AMD's x86 server unit share history, percent (the analog the share ramp is compared with). */
  readonly x86History: readonly SharePoint[];
  /** The workbook's history settings (`history.*` assumptions), over their defaults. */
  readonly historyAssumptions: Readonly<Record<string, number>>;
}

/** A scenario as the workbook stores it. */
export interface ScenarioSettings {
  readonly name: string;
  readonly description: string;
  readonly probability: number;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly growthOverrides: GrowthOverrides;
  /** The scenario's deals (its committed-revenue floor). */
  readonly deals: readonly Deal[];
}

export interface ScenarioOutcome {
  readonly name: string;
  readonly capex: readonly CapexCheckYear[];
  readonly checks: readonly ModelCheck[];
}

export interface WorkbookModelResult {
  /** The market rebuilt from the workbook, per quarter, with each part's source. */
  readonly history: readonly MarketHistoryQuarter[];
  readonly jumpOff: JumpOff;
  readonly firstQuarter: QuarterPeriod;
  readonly endQuarter: QuarterPeriod;
  readonly x86Fit: LogisticFit | null;
  /** The rebuilt Instinct revenue against AMD's statements and the user's estimates. */
  readonly statements: readonly HistoryRow[];
  readonly comparison: ScenarioComparison;
  readonly outcomes: readonly ScenarioOutcome[];
}

/** The x86 fit, or null when the history has too few points to fit (ramp speeds must then be typed). */
export function fitX86(history: readonly SharePoint[]): LogisticFit | null {
  try {
    return fitLogistic(history);
  } catch {
    return null;
  }
}

/** What every scenario of the workbook shares: the rebuilt history, capex, the fit and the horizon. */
export function modelContext(
  data: WorkbookModelData,
  x86Fit: LogisticFit | null,
  endQuarter: QuarterPeriod = DEFAULT_END_QUARTER,
): ModelContext {
  const historyAssumptions = data.historyAssumptions as AssumptionValues;
  return {
    history: buildMarketHistory(data.market, historyAssumptions),
    historyAssumptions,
    capex: data.capex,
    x86Fit: x86Fit ? { speed: x86Fit.speed } : null,
    endQuarter,
  };
}

/** A scenario's model inputs. */
export function scenarioInputs(settings: ScenarioSettings): ScenarioInputs {
  return {
    name: settings.name,
    probability: settings.probability,
    assumptions: settings.assumptions,
    growthOverrides: settings.growthOverrides,
    deals: settings.deals,
  };
}

/** The user's Instinct estimates as rows to set beside the rebuilt history. */
function estimateRows(data: WorkbookModelData): HistoryEstimate[] {
  return data.market.instinctEstimates.map((e) => ({
    period: e.period,
    value: e.value,
    qualifier: e.qualifier,
    label: `Workbook estimate (${e.qualifier.replace('_', ' ')})`,
  }));
}

/** Runs every scenario (money in USD millions, shares as fractions); refuses naming the scenario whose inputs are invalid. */
export function runWorkbookModel(
  data: WorkbookModelData,
  scenarios: readonly ScenarioSettings[],
  endQuarter: QuarterPeriod = DEFAULT_END_QUARTER,
  x86Fit: LogisticFit | null = fitX86(data.x86History),
  /** The history rebuilt from `data` already (it depends on the data only); built here when left out. */
  context: ModelContext = modelContext(data, x86Fit, endQuarter),
): WorkbookModelResult {
  const jumpOffQuarter = context.history[context.history.length - 1]!.period;
  if (comparePeriods(endQuarter, jumpOffQuarter) <= 0) {
    throw invalidInput(
      `the horizon ends (${endQuarter}) at or before the last reported quarter ${jumpOffQuarter}`,
    );
  }
  const comparison = compareScenarios(context, scenarios.map(scenarioInputs));
  const first = comparison.scenarios[0]!.projection;
  const capexReported = data.capex.at(-1)?.period ?? null;
  const outcomes = scenarios.map((s, i): ScenarioOutcome => {
    const projection = comparison.scenarios[i]!.projection;
    const assumptions = { ...context.historyAssumptions, ...(s.assumptions as AssumptionValues) };
    return {
      name: s.name,
      capex: capexCheck(projection.quarters, assumptions, capexReported),
      checks: scenarioChecks(projection, assumptions, x86Fit?.quartersFrom1To20 ?? null),
    };
  });
  return {
    history: context.history,
    jumpOff: first.jumpOff,
    firstQuarter: firstProjectedQuarter(first) ?? endQuarter,
    endQuarter,
    x86Fit,
    statements: compareHistory(first, [...estimateRows(data), ...AMD_INSTINCT_STATEMENTS]),
    comparison,
    outcomes,
  };
}
