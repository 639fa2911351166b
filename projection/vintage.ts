import { DEFAULT_ASSUMPTIONS, type AssumptionValues } from './assumptions';
import type { Deal } from './market/deals';
import type { QuarterPeriod } from './period';
import type { GrowthOverrides, Projection } from './scenario-model';

/**
 * A vintage: a scenario frozen on a date, with everything it was run with and what it projected,
 * so it can be read, copied and scored against what is reported later (backtest.ts) after the
 * scenario itself and the workbook's data have moved on. Money in USD millions, shares fractions.
 */

/** One quarter as the vintage projected it (or, before its jump-off, as its history stood). */
export interface VintageQuarter {
  readonly period: QuarterPeriod;
  readonly isProjected: boolean;
  readonly tam: number;
  readonly xpuShare: number;
  readonly amdShare: number;
  readonly instinctRevenue: number;
  readonly nvidiaRevenue: number;
  readonly dealRevenue: number;
}

export interface VintageYear {
  readonly year: number;
  readonly projectedQuarters: number;
  readonly tam: number;
  readonly instinctRevenue: number;
  readonly nvidiaRevenue: number;
}

/** Everything a vintage holds; stored as it is (JSON) and never changed. */
export interface VintageSnapshot {
  readonly scenario: string;
  readonly label: string;
  /** When it was frozen (ISO 8601). */
  readonly frozenAt: string;
  readonly description: string;
  readonly probability: number;
  readonly assumptions: AssumptionValues;
  readonly growthOverrides: GrowthOverrides;
  readonly deals: readonly Deal[];
  /** The workbook's history settings at the time (`history.*`), the accelerator fraction among them. */
  readonly historyAssumptions: AssumptionValues;
  /** The last reported quarter the projection started from. */
  readonly jumpOff: QuarterPeriod;
  readonly quarters: readonly VintageQuarter[];
  readonly years: readonly VintageYear[];
}

/** A stored vintage: its snapshot and its id in the workbook. */
export interface Vintage extends VintageSnapshot {
  readonly id: number;
}

export interface FreezeInput {
  readonly scenario: {
    readonly name: string;
    readonly description: string;
    readonly probability: number;
    readonly assumptions: Readonly<Record<string, number>>;
    readonly growthOverrides: GrowthOverrides;
    readonly deals: readonly Deal[];
  };
  readonly label: string;
  readonly frozenAt: string;
  readonly historyAssumptions: AssumptionValues;
  readonly projection: Projection;
}

/** The snapshot of a scenario and its projection, as a vintage keeps them. */
export function freezeProjection(input: FreezeInput): VintageSnapshot {
  const { scenario, projection } = input;
  return {
    scenario: scenario.name,
    label: input.label,
    frozenAt: input.frozenAt,
    description: scenario.description,
    probability: scenario.probability,
    assumptions: scenario.assumptions as AssumptionValues,
    growthOverrides: scenario.growthOverrides,
    deals: scenario.deals,
    historyAssumptions: input.historyAssumptions,
    jumpOff: projection.jumpOff.quarter,
    quarters: projection.quarters.map((q) => ({
      period: q.period,
      isProjected: q.isProjected,
      tam: q.tam,
      xpuShare: q.xpuShare,
      amdShare: q.amdShare,
      instinctRevenue: q.instinctRevenue,
      nvidiaRevenue: q.nvidiaRevenue,
      dealRevenue: q.dealRevenue,
    })),
    years: projection.years.map((y) => ({
      year: y.year,
      projectedQuarters: y.projectedQuarters,
      tam: y.tam,
      instinctRevenue: y.instinctRevenue,
      nvidiaRevenue: y.nvidiaRevenue,
    })),
  };
}

/** The label a vintage gets when none is typed: the scenario and the jump-off it started from. */
export function defaultVintageLabel(scenario: string, jumpOff: string, frozenAt: string): string {
  return `${scenario} as of ${jumpOff} (frozen ${frozenAt.slice(0, 10)})`;
}

/** The accelerator fraction of NVIDIA's Data Center revenue the vintage was run with. */
export function vintageAcceleratorFraction(v: VintageSnapshot): number {
  return (
    v.historyAssumptions['history.nvidiaAcceleratorFraction'] ??
    DEFAULT_ASSUMPTIONS['history.nvidiaAcceleratorFraction']
  );
}
