import type { FindHit, FindResult } from '../../../projection/find-query';
import { formatNumber } from '../../components/number-format';

/** The find bar's place in its hits: which one is shown, of how many. */
export interface FindPosition {
  readonly result: FindResult;
  /** The hit the grid is on; -1 before the first Enter. */
  readonly index: number;
}

/** The next (step 1) or previous (step -1) hit, wrapping around as Excel's Find Next does. */
export function stepHit(position: FindPosition, step: 1 | -1): FindPosition {
  const count = position.result.hits.length;
  if (count === 0) return position;
  const from = position.index < 0 ? (step === 1 ? -1 : 0) : position.index;
  return { ...position, index: (from + step + count) % count };
}

/** "3 of 17", "No matches", "12 of 500+" (more matched than a search returns). */
export function countText({ result, index }: FindPosition): string {
  const count = result.hits.length;
  if (count === 0) return 'No matches';
  const total = `${count}${result.isTruncated ? '+' : ''}`;
  return index < 0
    ? `${total} ${count === 1 && !result.isTruncated ? 'match' : 'matches'}`
    : `${index + 1} of ${total}`;
}

const FIELD_NAMES = { series: 'name', value: 'value', source: 'source', note: 'note' } as const;

/** A hit as the list shows it: where, and what matched ("AMD Data Center revenue, 2025Q1 · value 3674"). */
export function hitText(hit: FindHit): { readonly where: string; readonly what: string } {
  const where = hit.period === null ? hit.seriesLabel : `${hit.seriesLabel}, ${hit.period}`;
  const text = hit.field === 'value' ? formatNumber(Number(hit.text), 6) : hit.text;
  const shown = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return { where, what: `${FIELD_NAMES[hit.field]} ${shown}` };
}
