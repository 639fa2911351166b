/**
 * Series keys are `company.metric`, lower case, with every character other than a-z and 0-9
 * written as `_` (AMD + revenue_data_center -> `amd.revenue_data_center`).
 */
export function seriesKey(company: string, metric: string): string {
  return `${keyPart(company)}.${keyPart(metric)}`;
}

function keyPart(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '_');
}

export const SERIES_KEY_PATTERN = /^[a-z0-9_]+\.[a-z0-9_]+$/;

/** True when `text` has the form of a series key. */
export function isSeriesKey(text: string): boolean {
  return SERIES_KEY_PATTERN.test(text);
}
