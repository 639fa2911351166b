import { withDefaults, type AssumptionValues } from './assumptions';
import type { Projection } from './scenario-model';

/**
 * The checks shown beside a scenario's projection: what AMD and Broadcom have said about the
 * market (statements.csv in the workbook) against what the scenario implies, and how fast its AMD
 * share ramps against EPYC's. A check does not refuse anything: it tells the analyst where a
 * scenario parts from the companies' own numbers, and by how much. Money is USD millions.
 */

export type CheckVerdict = 'meets' | 'misses' | 'no data';

export interface ModelCheck {
  readonly id: string;
  readonly label: string;
  /** The period the check looks at: a year, a fiscal year or a span. */
  readonly period: string;
  /** What the statement says, for people ("more than 500,000"). */
  readonly expected: string;
  /** The scenario's value (USD millions, or quarters for the ramp check); null without data. */
  readonly value: number | null;
  readonly verdict: CheckVerdict;
  /** One line saying what was compared and how far apart. */
  readonly detail: string;
  readonly source: string;
}

const AMD_TAM_SOURCE =
  'AMD statements (statements.csv): Advancing AI 2023 and 2024, Financial Analyst Day 2025';
const BROADCOM_SOURCE =
  'Broadcom Q4 FY2024 call (statements.csv): 60-90 B$ AI SAM in FY2027 for three customers';
const DC_TARGET_SOURCE =
  'AMD Financial Analyst Day 2025 (statements.csv): about 100 B$ Data Center revenue within five years';

/** AMD's data-center AI accelerator TAM statements, USD millions. */
const AMD_TAM_PATH = [
  { year: 2023, value: 45_000, kind: 'about' },
  { year: 2027, value: 400_000, kind: 'about' },
  { year: 2028, value: 500_000, kind: 'more than' },
] as const;

/** How far from an "about" figure still meets it (fraction). */
export const ABOUT_TOLERANCE = 0.15;
/** A quarter's share at or above which AMD counts as having reached 20% (fraction). */
const TWENTY_PERCENT = 0.2;

// One formatter for every check: toLocaleString builds a new Intl.NumberFormat on each call,
// which cost about a millisecond of every recompute (the checks run on each assumption edit).
const WHOLE = new Intl.NumberFormat('en-US');
const whole = (n: number) => WHOLE.format(Math.round(n));
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function yearOf(p: Projection, year: number) {
  const y = p.years.find((r) => r.year === year);
  return y !== undefined && y.quarterCount === 4 ? y : undefined;
}

function tamChecks(p: Projection): ModelCheck[] {
  return AMD_TAM_PATH.map((s) => {
    const y = yearOf(p, s.year);
    const expected = `${s.kind} ${whole(s.value)}`;
    const base = {
      id: `amd-tam-${s.year}`,
      label: `AMD's TAM path, ${s.year}`,
      period: String(s.year),
      expected,
      source: AMD_TAM_SOURCE,
    };
    if (!y)
      return { ...base, value: null, verdict: 'no data', detail: `the model does not hold ${s.year} whole` };
    const gap = y.tam / s.value - 1;
    const meets = s.kind === 'more than' ? y.tam > s.value : Math.abs(gap) <= ABOUT_TOLERANCE;
    const where = y.projectedQuarters === 0 ? 'rebuilt market' : 'TAM';
    return {
      ...base,
      value: y.tam,
      verdict: meets ? 'meets' : 'misses',
      detail: `${where} ${whole(y.tam)}, ${gap >= 0 ? '+' : ''}${pct(gap)} against AMD's ${expected}`,
    };
  });
}

/**
 * Broadcom's 60-90 B$ FY2027 SAM covers XPUs and AI networking at three customers, so the custom
 * accelerators it implies for the whole market are SAM × XPU fraction ÷ Broadcom's share (the
 * history settings); Broadcom's FY2027 is roughly calendar 2027 (November to October).
 */
function broadcomCheck(p: Projection, a: ReturnType<typeof withDefaults>): ModelCheck {
  const factor = a['history.xpuFractionOfBroadcomAi'] / a['history.broadcomShareOfXpu'];
  const low = 60_000 * factor;
  const high = 90_000 * factor;
  const y = yearOf(p, 2027);
  const expected = `${whole(low)} to ${whole(high)} of custom accelerators`;
  const base = {
    id: 'broadcom-sam-2027',
    label: "Broadcom's FY2027 XPU SAM",
    period: '2027',
    expected,
    source: BROADCOM_SOURCE,
  };
  if (!y) return { ...base, value: null, verdict: 'no data', detail: 'the model does not hold 2027 whole' };
  const xpu = y.tam * y.xpuShare;
  const where = xpu < low ? 'below' : xpu > high ? 'above' : 'within';
  return {
    ...base,
    value: xpu,
    verdict: where === 'within' ? 'meets' : 'misses',
    detail: `XPU spend ${whole(xpu)} is ${where} 60-90 B$ × ${pct(a['history.xpuFractionOfBroadcomAi'])} XPU ÷ ${pct(a['history.broadcomShareOfXpu'])} Broadcom share`,
  };
}

/** AMD's whole Data Center target bounds Instinct alone: EPYC, Pensando and the rest come on top. */
function dataCenterCheck(p: Projection): ModelCheck {
  const last = [...p.years].reverse().find((y) => y.quarterCount === 4 && y.year <= 2030);
  const base = {
    id: 'amd-dc-target',
    label: "AMD's ~100 B$ Data Center target",
    expected: 'Instinct below 100,000',
    source: DC_TARGET_SOURCE,
  };
  if (!last)
    return { ...base, period: '2030', value: null, verdict: 'no data', detail: 'no whole year up to 2030' };
  const share = last.instinctRevenue / 100_000;
  return {
    ...base,
    period: String(last.year),
    value: last.instinctRevenue,
    verdict: last.instinctRevenue < 100_000 ? 'meets' : 'misses',
    detail: `Instinct ${whole(last.instinctRevenue)} in ${last.year} is ${pct(share)} of the whole Data Center target`,
  };
}

/** Quarters from the jump-off until AMD's merchant share first reaches 20%, against EPYC's 1% → 20%. */
function rampCheck(p: Projection, epycQuarters: number | null): ModelCheck {
  const projected = p.quarters.filter((q) => q.isProjected);
  const index = projected.findIndex((q) => q.amdShare >= TWENTY_PERCENT);
  const epyc =
    epycQuarters === null
      ? 'EPYC: no fit'
      : `EPYC took ${epycQuarters.toFixed(1)} quarters from 1% to 20% (x86 fit)`;
  const base = {
    id: 'ramp-to-20',
    label: 'Quarters to 20% of the merchant market',
    period: `from ${p.jumpOff.quarter}`,
    expected: epycQuarters === null ? 'EPYC fit not available' : `EPYC: ${epycQuarters.toFixed(1)} quarters`,
    source: 'The x86 server unit share fit (Mercury Research series in the workbook)',
  };
  if (index < 0) {
    const lastShare = projected.at(-1)?.amdShare ?? p.jumpOff.amdShare;
    // Not there after n quarters means n + 1 or more: no faster than EPYC once that is EPYC's count.
    const isSlower = epycQuarters !== null && projected.length + 1 >= epycQuarters;
    return {
      ...base,
      value: null,
      verdict: isSlower ? 'meets' : 'no data',
      detail: `not within the horizon (${pct(lastShare)} at its end, ${projected.length} quarters); ${epyc}`,
    };
  }
  const quarters = index + 1;
  const isFaster = epycQuarters !== null && quarters < epycQuarters;
  return {
    ...base,
    value: quarters,
    verdict: epycQuarters === null ? 'no data' : isFaster ? 'misses' : 'meets',
    detail: `${quarters} quarters from ${pct(p.jumpOff.amdShare)} at ${p.jumpOff.quarter} (${projected[index]!.period}); ${epyc}${isFaster ? ': faster than EPYC, the bull case has to argue why' : ''}`,
  };
}

/** The scenario's checks, in the order the Projection view shows them. */
export function scenarioChecks(
  projection: Projection,
  assumptions: AssumptionValues,
  epycQuartersTo20: number | null,
): ModelCheck[] {
  const a = withDefaults(assumptions);
  return [
    ...tamChecks(projection),
    broadcomCheck(projection, a),
    dataCenterCheck(projection),
    rampCheck(projection, epycQuartersTo20),
  ];
}
