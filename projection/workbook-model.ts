import { withDefaults } from './assumptions';
import { capexBaseFromQuarters, capexCheck, type CapexCheckYear } from './capex-check';
import { DEFAULT_END_QUARTER, evaluateModel, type Projection } from './driver-model';
import {
  AMD_INSTINCT_STATEMENTS,
  compareHistory,
  type HistoryEstimate,
  type HistoryRow,
} from './history-compare';
import { fitLogistic, type LogisticFit, type SharePoint } from './logistic-fit';
import { addQuarters, comparePeriods, formatQuarter, parseQuarter, type QuarterPeriod } from './period';
import { compareScenarios, type ScenarioComparison, type ScenarioInputs } from './scenario-compare';
import { invalidInput } from './refusal';

/**
 * Runs every scenario of a workbook: the projection horizon after the last reported quarter, the
 * x86 analog fit, the history beside the model and the capex cross-check. Pure: the workbook's data
 * comes in as plain values (db/projection-data.ts loads them).
 */

/** What the model takes from a workbook's series (USD millions; shares in percent). */
export interface WorkbookModelData {
  /** The last quarter AMD has reported; the horizon starts the quarter after it. */
  readonly lastReportedQuarter: QuarterPeriod;
  /** AMD's x86 server unit share history, percent. */
  readonly x86History: readonly SharePoint[];
  /** Hyperscaler capex per quarter, summed over the companies (USD millions). */
  readonly capexQuarters: readonly { readonly period: string; readonly value: number }[];
  /** The workbook's Instinct revenue estimates (USD millions). */
  readonly instinctEstimates: readonly HistoryEstimate[];
}

/** A scenario as the workbook stores it. */
export interface ScenarioSettings {
  readonly name: string;
  readonly description: string;
  readonly probability: number;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly growthOverrides: Readonly<Record<number, number>>;
}

export interface ScenarioOutcome {
  readonly name: string;
  /** The model from tam.baseYear up to the last reported quarter, for the history comparison. */
  readonly past: Projection;
  readonly history: readonly HistoryRow[];
  readonly capex: readonly CapexCheckYear[];
}

export interface WorkbookModelResult {
  readonly firstQuarter: QuarterPeriod;
  readonly endQuarter: QuarterPeriod;
  readonly x86Fit: LogisticFit | null;
  readonly comparison: ScenarioComparison;
  readonly outcomes: readonly ScenarioOutcome[];
}

/** The x86 fit, or null when the history has too few points to fit (the ramp speed must then be typed). */
export function fitX86(history: readonly SharePoint[]): LogisticFit | null {
  try {
    return fitLogistic(history);
  } catch {
    return null;
  }
}

/** A scenario's model inputs, with the x86 fit when it exists. */
export function scenarioInputs(settings: ScenarioSettings, x86Fit: LogisticFit | null): ScenarioInputs {
  return {
    name: settings.name,
    probability: settings.probability,
    assumptions: settings.assumptions,
    growthOverrides: settings.growthOverrides,
    ...(x86Fit ? { x86Fit } : {}),
  };
}

/** Runs every scenario (money in USD millions, shares as fractions); throws naming the scenario whose inputs are invalid. */
export function runWorkbookModel(
  data: WorkbookModelData,
  scenarios: readonly ScenarioSettings[],
  endQuarter: QuarterPeriod = DEFAULT_END_QUARTER,
  x86Fit: LogisticFit | null = fitX86(data.x86History),
): WorkbookModelResult {
  const firstQuarter = formatQuarter(addQuarters(parseQuarter(data.lastReportedQuarter), 1));
  if (comparePeriods(endQuarter, firstQuarter) < 0) {
    throw invalidInput(`the horizon ends (${endQuarter}) before it starts (${firstQuarter})`);
  }
  const inputs = scenarios.map((s) => {
    try {
      withDefaults(s.assumptions);
      return scenarioInputs(s, x86Fit);
    } catch (error) {
      throw invalidInput(`${s.name}: ${(error as Error).message}`);
    }
  });
  const comparison = compareScenarios(inputs, { firstQuarter, endQuarter });
  const capexBase = data.capexQuarters.length >= 4 ? capexBaseFromQuarters(data.capexQuarters) : null;
  const outcomes = inputs.map((input): ScenarioOutcome => {
    const baseYear = withDefaults(input.assumptions)['tam.baseYear'];
    const past = evaluateModel(input, `${baseYear}Q1` as QuarterPeriod, data.lastReportedQuarter);
    const run = comparison.scenarios.find((s) => s.name === input.name)!;
    return {
      name: input.name,
      past,
      history: compareHistory(past, [...data.instinctEstimates, ...AMD_INSTINCT_STATEMENTS]),
      capex: capexBase ? capexCheck(run.projection.years, input.assumptions, capexBase) : [],
    };
  });
  return { firstQuarter, endQuarter, x86Fit, comparison, outcomes };
}
