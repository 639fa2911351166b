/**
 * A series' year from its quarters, for the Data view's annual view: the sum of the four quarters
 * for a flow (revenue, capex: money over a period), the last quarter for a level (a share, in
 * percent). A year whose quarters are not all there shows the annual figure the company reported,
 * if any; where both exist and disagree beyond rounding, the year is flagged.
 */

export type AnnualRule = 'sum' | 'last';

/** How a series' year is made from its quarters: shares (percent) by the last quarter, the rest summed. */
export function annualRuleOf(unit: string): AnnualRule {
  const plain = unit.trim().toLowerCase();
  return plain === 'percent' || plain === '%' ? 'last' : 'sum';
}

export interface AnnualCell {
  /** What the annual view shows: from the quarters when all four are there, else the reported year. */
  readonly value: number | null;
  readonly basis: 'quarters' | 'reported' | 'none';
  /** The year computed from its quarters; null when one is missing. */
  readonly computed: number | null;
  /** The annual figure in the workbook (period YYYY), if any. */
  readonly reported: number | null;
  /** How many of the four quarters hold a value. */
  readonly quarters: number;
  /** Both exist and differ by more than rounding (MISMATCH_SHARE of the reported figure, at least half a unit). */
  readonly isMismatch: boolean;
}

/** A reported year may be rounded by its source (≈ 25.8 B$): differences up to this share are rounding. */
export const MISMATCH_SHARE = 0.005;

/** The year of one series from its four quarters (Q1..Q4, null where blank) and its reported annual figure. */
export function annualCell(
  rule: AnnualRule,
  quarters: readonly [number | null, number | null, number | null, number | null],
  reported: number | null,
): AnnualCell {
  const present = quarters.filter((q): q is number => q !== null);
  const computed =
    present.length < 4 ? null : rule === 'last' ? present[3]! : present.reduce((sum, q) => sum + q, 0);
  const isMismatch =
    computed !== null &&
    reported !== null &&
    Math.abs(computed - reported) > Math.max(MISMATCH_SHARE * Math.abs(reported), 0.5);
  return {
    value: computed ?? reported,
    basis: computed !== null ? 'quarters' : reported !== null ? 'reported' : 'none',
    computed,
    reported,
    quarters: present.length,
    isMismatch,
  };
}
