import type { ScenarioDto } from '../../../electron/contract';
import { ASSUMPTION_META } from '../../../projection/assumptions';
import type { ModelCheck } from '../../../projection/model-checks';
import type { Projection } from '../../../projection/scenario-model';
import { choicesOf, formatAssumptionText, UNIT_TEXT } from '../../components/assumption-text';
import { formatMoney, formatPercent } from '../../components/number-format';
import { checkValueText, VERDICT_TEXT } from './checks-grid-model';
import { KEY_ASSUMPTIONS } from './KeyAssumptions';

/**
 * The one-page scenario report as data: its key assumptions as text, the annual table (Instinct
 * revenue, the TAM and AMD's share of it) and the checks with their verdicts. The print layout
 * (ScenarioReport.tsx) only lays these out, so what the page says is tested here.
 */

/** How many years the annual table shows: all fit across a portrait page in 8 pt type. */
export const REPORT_YEARS = 8;

export interface ReportAssumption {
  readonly label: string;
  readonly value: string;
}

export interface ReportYear {
  readonly year: number;
  /** "2026" for a reported year, "2026 (p)" when any quarter of it is projected. */
  readonly heading: string;
  readonly instinctRevenue: string;
  readonly tam: string;
  readonly share: string;
}

export interface ReportCheck {
  readonly label: string;
  readonly period: string;
  readonly expected: string;
  readonly value: string;
  readonly verdict: string;
}

/** The key assumptions (those beside the projection) as label and value with its unit. */
export function reportAssumptions(scenario: ScenarioDto): ReportAssumption[] {
  return KEY_ASSUMPTIONS.map((key) => {
    const meta = ASSUMPTION_META[key];
    const value = scenario.assumptions[key] ?? meta.defaultValue;
    const text = formatAssumptionText(key, value);
    if (choicesOf(key)) return { label: 'TAM driver', value: text };
    // A quarter or a year says its own unit (2027Q2, 2026).
    const unit = meta.unit === 'quarter' || meta.unit === 'year' ? '' : UNIT_TEXT[meta.unit].short;
    return { label: meta.label, value: unit && !text.endsWith(unit) ? `${text} ${unit}` : text };
  });
}

/**
 * The last REPORT_YEARS whole or partly projected years of the projection, ending with its last
 * year: USD millions for money, AMD's share of the TAM in percent.
 */
export function reportYears(projection: Projection): ReportYear[] {
  return projection.years.slice(-REPORT_YEARS).map((y) => ({
    year: y.year,
    heading: y.projectedQuarters > 0 ? `${y.year} (p)` : String(y.year),
    instinctRevenue: formatMoney(y.instinctRevenue),
    tam: formatMoney(y.tam),
    share: formatPercent(y.tam > 0 ? y.instinctRevenue / y.tam : null),
  }));
}

export function reportChecks(checks: readonly ModelCheck[]): ReportCheck[] {
  return checks.map((c) => ({
    label: c.label,
    period: c.period,
    expected: c.expected,
    value: checkValueText(c),
    verdict: VERDICT_TEXT[c.verdict],
  }));
}

/** The report's file name: the scenario's, what a file system accepts. */
export function reportFileName(workbookName: string, scenario: string): string {
  const stem = workbookName.replace(/\.iwb$/i, '');
  return `${stem} ${scenario} report`
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
