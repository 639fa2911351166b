import { cagrBetweenYears, type CagrMetric } from './cagr';
import { isQuarterPeriod, isYearPeriod, type Period, type QuarterPeriod } from './period';
import { invalidInput } from './refusal';
import { laterQuarter, runScenario, type ModelContext, type ModelInputs } from './scenario-model';

/**
 * Named model outputs for goal seek and the CLI: `metric:period` for a value in a quarter or a year
 * (`instinctRevenue:2027`, `amdShare:2027Q2`, `tam:2030`) and `metricCagr:from-to` for a compound
 * growth rate between two years (`instinctCagr:2024-2028`).
 */

export const VALUE_METRICS = [
  'tam',
  'training',
  'inference',
  'xpuShare',
  'otherShare',
  'merchant',
  'amdShare',
  'instinctRevenue',
  'nvidiaRevenue',
  'dealRevenue',
  'grossProfit',
] as const;
export type ValueMetric = (typeof VALUE_METRICS)[number];

const CAGR_METRICS: Readonly<Record<string, CagrMetric>> = {
  tamCagr: 'tam',
  merchantCagr: 'merchant',
  instinctCagr: 'instinctRevenue',
  grossProfitCagr: 'grossProfit',
};

export type OutputSpec =
  | { readonly kind: 'value'; readonly metric: ValueMetric; readonly period: Period }
  | {
      readonly kind: 'cagr';
      readonly metric: CagrMetric;
      readonly fromYear: number;
      readonly toYear: number;
    };

const SPEC_RE = /^([A-Za-z]+):(\S+)$/;
const SPAN_RE = /^(\d{4})-(\d{4})$/;

/** Parses an output spec such as `instinctRevenue:2027` or `instinctCagr:2024-2028`; throws a message for people. */
export function parseOutputSpec(text: string): OutputSpec {
  const m = SPEC_RE.exec(text.trim());
  const name = m?.[1] ?? '';
  const where = m?.[2] ?? '';
  const cagrMetric = CAGR_METRICS[name];
  if (cagrMetric !== undefined) {
    const span = SPAN_RE.exec(where);
    const fromYear = Number(span?.[1]);
    const toYear = Number(span?.[2]);
    if (!span || !isYearPeriod(String(fromYear)) || !(toYear > fromYear)) {
      throw invalidInput(`"${text}": a CAGR needs two years, the first earlier, like ${name}:2024-2028`);
    }
    return { kind: 'cagr', metric: cagrMetric, fromYear, toYear };
  }
  if ((VALUE_METRICS as readonly string[]).includes(name)) {
    if (!isQuarterPeriod(where) && !isYearPeriod(where)) {
      throw invalidInput(`"${text}": the period must be a year (2027) or a quarter (2027Q2)`);
    }
    return { kind: 'value', metric: name as ValueMetric, period: where };
  }
  const known = [
    ...VALUE_METRICS.map((v) => `${v}:PERIOD`),
    ...Object.keys(CAGR_METRICS).map((c) => `${c}:FROM-TO`),
  ];
  throw invalidInput(`"${text}" is not an output (known: ${known.join(', ')})`);
}

/** Writes an output spec back in its text form. */
export function formatOutputSpec(spec: OutputSpec): string {
  if (spec.kind === 'value') return `${spec.metric}:${spec.period}`;
  const name = Object.keys(CAGR_METRICS).find((k) => CAGR_METRICS[k] === spec.metric) ?? spec.metric;
  return `${name}:${spec.fromYear}-${spec.toYear}`;
}

/** True when the output is a fraction (shares, CAGR); otherwise it is USD millions. */
export function isFractionOutput(spec: OutputSpec): boolean {
  return (
    spec.kind === 'cagr' ||
    spec.metric === 'xpuShare' ||
    spec.metric === 'otherShare' ||
    spec.metric === 'amdShare'
  );
}

/** The last quarter an output needs the model to reach. */
function lastQuarterOf(spec: OutputSpec): QuarterPeriod {
  if (spec.kind === 'cagr') return `${spec.toYear}Q4` as QuarterPeriod;
  return isQuarterPeriod(spec.period)
    ? (spec.period as QuarterPeriod)
    : (`${spec.period}Q4` as QuarterPeriod);
}

/**
 * A scenario's value of an output: USD millions for money, a fraction for shares and CAGRs. Null
 * when the output is undefined (a CAGR from zero revenue, a period before the history or a year
 * the model does not hold whole). A period after the horizon extends the run to it.
 */
export function evaluateOutput(context: ModelContext, inputs: ModelInputs, spec: OutputSpec): number | null {
  const model = runScenario(context, inputs, laterQuarter(context.endQuarter, lastQuarterOf(spec)));
  if (spec.kind === 'cagr') return cagrBetweenYears(model.years, spec.fromYear, spec.toYear, spec.metric);
  if (isQuarterPeriod(spec.period)) {
    return model.quarters.find((q) => q.period === spec.period)?.[spec.metric] ?? null;
  }
  const year = model.years.find((y) => y.year === Number(spec.period));
  return year !== undefined && year.quarterCount === 4 ? year[spec.metric] : null;
}
