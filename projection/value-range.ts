/**
 * The values a series may hold. A percent series takes 0 to 100; a money series (revenue, capex,
 * spending) is not negative unless the series says it may be (an adjustment). A bound of null is
 * no bound. The import, the grid and the CLI all check a value with `rangeProblem`.
 */

export interface ValueRange {
  readonly minValue: number | null;
  readonly maxValue: number | null;
}

export const UNBOUNDED: ValueRange = { minValue: null, maxValue: null };

/** The range a new series of `unit` gets: 0-100 for percent, 0 and up for money, else none. */
export function defaultRange(unit: string): ValueRange {
  const plain = unit.trim().toLowerCase();
  if (plain === 'percent' || plain === '%') return { minValue: 0, maxValue: 100 };
  if (plain.startsWith('usd')) return { minValue: 0, maxValue: null };
  return UNBOUNDED;
}

/** The range as people read it: "0 to 100", "0 or more", "any value". */
export function describeRange({ minValue, maxValue }: ValueRange): string {
  if (minValue !== null && maxValue !== null) return `${minValue} to ${maxValue}`;
  if (minValue !== null) return `${minValue} or more`;
  if (maxValue !== null) return `${maxValue} or less`;
  return 'any value';
}

/** Why `value` is outside `range` ("150 is outside 0 to 100"), or null when it is inside. */
export function rangeProblem(value: number, range: ValueRange): string | null {
  const isBelow = range.minValue !== null && value < range.minValue;
  const isAbove = range.maxValue !== null && value > range.maxValue;
  return isBelow || isAbove ? `${value} is outside the series' range (${describeRange(range)})` : null;
}

/** Why a range cannot be a series' range, or null: a minimum above its maximum, or a bound not finite. */
export function invalidRange({ minValue, maxValue }: ValueRange): string | null {
  for (const bound of [minValue, maxValue]) {
    if (bound !== null && !Number.isFinite(bound)) return `${bound} is not a number`;
  }
  if (minValue !== null && maxValue !== null && minValue > maxValue) {
    return `the minimum ${minValue} is above the maximum ${maxValue}`;
  }
  return null;
}
