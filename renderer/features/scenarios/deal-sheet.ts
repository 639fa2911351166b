import { dealValue, validateDeals, type Deal } from '../../../projection/market/deals';
import type { CellWrite } from '../../components/sheet/sheet-edits';
import { DEAL_FIELD_NAMES, readDealField, type DealField } from './deal-edit';
import { dealFieldText, dealValueText } from './deals-grid-model';

/**
 * A scenario's deals as the sheet sees them: a row per deal, a column per term, and a block of
 * texts (a paste, a fill, a clear) read as typing a field is (deal-edit.ts) into the whole new
 * list, saved as one step, or refused whole naming the first bad cell.
 */

/** The Deals grid's columns the sheet moves over, left to right (the Delete buttons are not cells). */
export const DEAL_SHEET_COLUMNS = [
  'name',
  'gigawatts',
  'startQuarter',
  'rampYears',
  'usdBillionsPerGw',
  'amdContentShare',
  'value',
  'source',
] as const;

export type DealSheetColumn = (typeof DEAL_SHEET_COLUMNS)[number];

const NOTHING_SAVED = 'nothing was saved.';

/** A cell as text to copy and fill from ('' for a blank source). */
export function dealSheetText(deal: Deal, column: DealSheetColumn): string {
  return column === 'value' ? dealValueText(deal) : dealFieldText(deal, column);
}

/** A cell's number for the status bar's sum (the content share as a fraction); null for texts. */
export function dealSheetNumber(deal: Deal, column: DealSheetColumn): number | null {
  switch (column) {
    case 'value':
      return dealValue(deal);
    case 'name':
    case 'startQuarter':
    case 'source':
      return null;
    default:
      return deal[column];
  }
}

/** A cell as messages name it: the deal's name for its row, the field for its column. */
export function dealCellName(scenario: string, deal: Deal, column: DealSheetColumn): string {
  const field = column === 'value' ? 'value to AMD' : DEAL_FIELD_NAMES[column];
  return `${scenario}, deal “${deal.name}”, ${field}`;
}

/** What a block of texts makes of a scenario's deals. */
export type DealBlockEdit =
  | {
      readonly kind: 'save';
      readonly deals: Deal[];
      /** Cells whose value changed. */
      readonly changed: number;
      /** How a value was read, when that may surprise ("0.25 was read as 0.25%"). */
      readonly note: string | null;
    }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly message: string };

const refused = (message: string): DealBlockEdit => ({ kind: 'refused', message });

function withField(deal: Deal, field: DealField, value: string | number | undefined): Deal {
  const changed = { ...deal, [field]: value } as Deal;
  // A blank source is no source, as the editor saves it.
  if (value === undefined) delete (changed as { source?: string }).source;
  return changed;
}

/**
 * Reads texts written into cells of a scenario's deals (row = deal, column = DEAL_SHEET_COLUMNS)
 * into the deals as they would be saved. Every term but the source is required, so a blank there
 * is refused; the value to AMD is worked out from the terms, so a block over it leaves it alone
 * (one only over it is refused). A cell past the last deal is refused: a paste never adds deals.
 * The first bad cell, row by row, is named; nothing of a refused block is kept.
 */
export function interpretDealWrites(
  scenario: string,
  deals: readonly Deal[],
  writes: readonly CellWrite[],
): DealBlockEdit {
  const ordered = [...writes].sort((a, b) => a.row - b.row || a.col - b.col);
  const next = [...deals];
  const renamed: { row: number; cell: string }[] = [];
  let changed = 0;
  let note: string | null = null;
  let computed: string | null = null;
  for (const { row, col, text } of ordered) {
    const deal = deals[row];
    const column = DEAL_SHEET_COLUMNS[col];
    if (!deal || !column) {
      const past = deal ? 'the last column' : `the last deal (${deals.length})`;
      return refused(
        `${scenario}: the cells reach past ${past}; add deals with “Add deal” first; ${NOTHING_SAVED}`,
      );
    }
    const cell = dealCellName(scenario, deal, column);
    if (column === 'value') {
      computed ??= cell;
      continue;
    }
    const typed = text.trim();
    if (typed === '' && column !== 'source') {
      return refused(
        `${cell}: cannot be blank (every term of a deal but its source is required); ${NOTHING_SAVED}`,
      );
    }
    const read = readDealField(column, typed);
    if ('problem' in read) return refused(`${cell}: ${read.problem}; ${NOTHING_SAVED}`);
    if (read.value === next[row]![column]) continue;
    next[row] = withField(next[row]!, column, read.value);
    if (column === 'name') renamed.push({ row, cell });
    note ??= read.note;
    changed++;
  }
  if (changed === 0) {
    return computed !== null && ordered.every((w) => DEAL_SHEET_COLUMNS[w.col] === 'value')
      ? refused(
          `${computed}: worked out from the deal’s GW, B$ per GW and AMD content; change those instead; ${NOTHING_SAVED}`,
        )
      : { kind: 'unchanged' };
  }
  const names = next.map((d) => d.name.trim());
  const repeat = renamed.find(({ row }) => names.indexOf(names[row]!) !== names.lastIndexOf(names[row]!));
  if (repeat) {
    return refused(`${repeat.cell}: another deal is called “${names[repeat.row]}”; ${NOTHING_SAVED}`);
  }
  const problems = validateDeals(next);
  if (problems.length > 0) return refused(`${scenario}: ${problems.join('; ')}; ${NOTHING_SAVED}`);
  return { kind: 'save', deals: next, changed, note };
}
