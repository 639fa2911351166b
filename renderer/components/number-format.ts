import type { Qualifier } from '../../electron/contract';

/**
 * Numbers as the views show them: money in USD millions with thousands separators, fractions as
 * percentages, bounds marked. Missing values show as an empty string. The formatters are
 * made once: toLocaleString builds a new Intl.NumberFormat on every call, which a grid of a few
 * hundred cells pays for on every recompute.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(
  minimumFractionDigits: number,
  maximumFractionDigits: number,
  useGrouping = true,
): Intl.NumberFormat {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}-${useGrouping}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits, useGrouping });
    formatters.set(key, format);
  }
  return format;
}

const isNumber = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined && Number.isFinite(value);

/** A number with thousands separators and up to `digits` decimals: 45000 -> "45,000". */
export function formatNumber(value: number, digits = 2): string {
  return formatter(0, digits).format(value);
}

/** USD millions, rounded to whole millions: 12345.6 -> "12,346". */
export function formatMoney(value: number | null | undefined): string {
  return isNumber(value) ? formatter(0, 0).format(Math.round(value)) : '';
}

/** USD millions with a sign: +1,234 or -1,234 (0 has none). */
export function formatSignedMoney(value: number | null | undefined): string {
  const text = formatMoney(value);
  return text !== '' && value! > 0 && text !== '0' ? `+${text}` : text;
}

/** A fraction as a percentage: 0.2345 -> "23.5%" (`digits` decimals). */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (!isNumber(value)) return '';
  const text = formatter(digits, digits).format(value * 100);
  return `${/^-0(\.0*)?$/.test(text) ? text.slice(1) : text}%`;
}

/** A fraction as a percentage to read and type back, up to 4 decimals: 0.25 -> "25%", 0.123456 -> "12.3456%". */
export function formatPercentText(fraction: number): string {
  return `${formatter(0, 4).format(fraction * 100)}%`;
}

/** A growth rate with a sign: 0.452 -> "+45.2%". */
export function formatSignedPercent(value: number | null | undefined, digits = 1): string {
  const text = formatPercent(value, digits);
  return text !== '' && !text.startsWith('-') && value! > 0 ? `+${text}` : text;
}

/** A plain number without float noise or grouping (0.30000000000000004 -> "0.3"), up to `digits` decimals. */
export function formatPlain(value: number, digits = 6): string {
  return formatter(0, digits, false).format(value);
}

/** The mark before a value that is not exact: ≈ rounded, ≥ a lower bound, ≤ an upper bound, ≳ a press inference. */
export const BOUND_PREFIX: Record<Qualifier, string> = {
  exact: '',
  approx: '≈ ',
  lower_bound: '≥ ',
  upper_bound: '≤ ',
  inference: '≳ ',
};
