import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../projection/market/deals';
import { readTsv } from '../../../renderer/components/sheet/sheet-clipboard';
import {
  planClear,
  planFill,
  planPaste,
  type CellWrite,
} from '../../../renderer/components/sheet/sheet-edits';
import type { Bounds } from '../../../renderer/components/sheet/sheet-range';
import {
  DEAL_SHEET_COLUMNS,
  dealCellName,
  dealSheetNumber,
  dealSheetText,
  interpretDealWrites,
  type DealSheetColumn,
} from '../../../renderer/features/scenarios/deal-sheet';

const DEALS: readonly Deal[] = [
  {
    name: 'OpenAI',
    gigawatts: 6,
    startQuarter: '2026Q3',
    rampYears: 4,
    usdBillionsPerGw: 50,
    amdContentShare: 0.25,
    source: 'https://example.com/openai',
  },
  {
    name: 'Meta',
    gigawatts: 6,
    startQuarter: '2026Q3',
    rampYears: 4,
    usdBillionsPerGw: 50,
    amdContentShare: 0.25,
  },
  {
    name: 'Oracle',
    gigawatts: 1,
    startQuarter: '2027Q1',
    rampYears: 2,
    usdBillionsPerGw: 40,
    amdContentShare: 0.2,
  },
];

const col = (column: DealSheetColumn) => DEAL_SHEET_COLUMNS.indexOf(column);
const grid = { rows: DEALS.length, cols: DEAL_SHEET_COLUMNS.length };
const textAt = ({ row, col: c }: { row: number; col: number }) =>
  dealSheetText(DEALS[row]!, DEAL_SHEET_COLUMNS[c]!);
const describeCell = ({ row, col: c }: { row: number; col: number }) =>
  dealCellName('Base', DEALS[row]!, DEAL_SHEET_COLUMNS[c]!);

/** The writes of pasting tab-separated `text` with the cell at `row`, `column` selected, as the sheet plans them. */
function paste(text: string, row: number, column: DealSheetColumn): CellWrite[] {
  const at: Bounds = { top: row, bottom: row, left: col(column), right: col(column) };
  const plan = planPaste(readTsv(text), at, grid, describeCell);
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
}

describe('a Deals grid’s cells as the sheet reads them', () => {
  it('shows each term as typed, the value to AMD worked out, and numbers for the sums', () => {
    expect(DEAL_SHEET_COLUMNS.map((c) => dealSheetText(DEALS[2]!, c))).toEqual([
      'Oracle',
      '1',
      '2027Q1',
      '2',
      '40',
      '20%',
      '8,000 USD M',
      '',
    ]);
    expect(DEAL_SHEET_COLUMNS.map((c) => dealSheetNumber(DEALS[2]!, c))).toEqual([
      null,
      1,
      null,
      2,
      40,
      0.2,
      8000,
      null,
    ]);
    expect(dealCellName('Bear', DEALS[1]!, 'usdBillionsPerGw')).toBe(
      'Bear, deal “Meta”, USD billions per GW',
    );
    expect(dealCellName('Bear', DEALS[1]!, 'value')).toBe('Bear, deal “Meta”, value to AMD');
  });
});

describe('a block of texts into a scenario’s deals', () => {
  it('reads a pasted block as typing is, into the whole list, counting the cells that changed', () => {
    const writes = paste('3\t2027 q2\r\n2.5\t2028Q1\r\n', 1, 'gigawatts');
    expect(interpretDealWrites('Base', DEALS, writes)).toEqual({
      kind: 'save',
      deals: [
        DEALS[0],
        { ...DEALS[1], gigawatts: 3, startQuarter: '2027Q2' },
        { ...DEALS[2], gigawatts: 2.5, startQuarter: '2028Q1' },
      ],
      changed: 4,
      note: null,
    });
    // Percentages as the editor reads them; a cell already holding its value is not counted.
    const shares = interpretDealWrites('Base', DEALS, paste('30\r\n25%\r\n', 0, 'amdContentShare'));
    expect(shares).toMatchObject({
      kind: 'save',
      changed: 1,
      deals: [{ amdContentShare: 0.3 }, DEALS[1], DEALS[2]],
    });
  });

  it('says how a bare share below 1 was read', () => {
    const edit = interpretDealWrites('Base', DEALS, paste('0.3', 2, 'amdContentShare'));
    expect(edit.kind === 'save' && edit.note).toBe(
      'AMD content share: 0.3 was read as 0.3% (type 30 for 30%)',
    );
  });

  it('refuses the whole block at its first bad cell, by deal and field', () => {
    const writes = paste('2\tsoon\r\n-1\tlater\r\n', 1, 'gigawatts');
    expect(interpretDealWrites('Base', DEALS, writes)).toEqual({
      kind: 'refused',
      message: 'Base, deal “Meta”, start quarter: "soon" is not a quarter (type 2026Q3); nothing was saved.',
    });
    // Out of order, the first cell row by row is still the one named.
    expect(interpretDealWrites('Base', DEALS, [...writes].reverse())).toMatchObject({
      message: expect.stringMatching(/^Base, deal “Meta”, start quarter:/),
    });
    expect(interpretDealWrites('Base', DEALS, paste('1.1', 0, 'rampYears'))).toEqual({
      kind: 'refused',
      message:
        'Base, deal “OpenAI”, ramp years: ramp years go in quarters of a year (0.25 steps); nothing was saved.',
    });
  });

  it('refuses a rename that would give two deals one name', () => {
    expect(interpretDealWrites('Base', DEALS, paste('Meta', 2, 'name'))).toEqual({
      kind: 'refused',
      message: 'Base, deal “Oracle”, name: another deal is called “Meta”; nothing was saved.',
    });
    // Swapping two names in one block is fine.
    expect(interpretDealWrites('Base', DEALS, paste('Meta\r\nOpenAI\r\n', 0, 'name'))).toMatchObject({
      kind: 'save',
      changed: 2,
    });
  });

  it('fills down as in Excel: the first deal’s terms into the ones below', () => {
    const bounds: Bounds = { top: 0, bottom: 2, left: col('gigawatts'), right: col('rampYears') };
    const edit = interpretDealWrites('Base', DEALS, planFill(bounds, 'down', textAt));
    expect(edit).toMatchObject({ kind: 'save', changed: 3 });
    expect(edit.kind === 'save' && edit.deals[2]).toEqual({
      ...DEALS[2],
      gigawatts: 6,
      startQuarter: '2026Q3',
      rampYears: 4,
    });
  });

  it('clears a source, but refuses to blank a required term, naming it', () => {
    const sources: Bounds = { top: 0, bottom: 2, left: col('source'), right: col('source') };
    const cleared = interpretDealWrites('Base', DEALS, planClear(sources));
    const { source: _source, ...unsourced } = DEALS[0]!;
    expect(cleared).toEqual({ kind: 'save', deals: [unsourced, DEALS[1], DEALS[2]], changed: 1, note: null });
    expect(cleared.kind === 'save' && 'source' in cleared.deals[0]!).toBe(false);

    const terms: Bounds = { top: 1, bottom: 2, left: col('name'), right: col('source') };
    expect(interpretDealWrites('Base', DEALS, planClear(terms))).toEqual({
      kind: 'refused',
      message:
        'Base, deal “Meta”, name: cannot be blank (every term of a deal but its source is required); nothing was saved.',
    });
    expect(interpretDealWrites('Base', DEALS, paste(' ', 2, 'startQuarter'))).toMatchObject({
      message:
        'Base, deal “Oracle”, start quarter: cannot be blank (every term of a deal but its source is required); nothing was saved.',
    });
  });

  it('leaves the worked-out value alone in a block over it, and refuses a paste only into it', () => {
    // A whole row copied from Oracle onto Meta (renamed, as names are unique), value column and all: the terms are taken.
    const row = DEAL_SHEET_COLUMNS.map((c) => dealSheetText(DEALS[2]!, c)).join('\t');
    const edit = interpretDealWrites('Base', DEALS, paste(row.replace('Oracle', 'Oracle 2'), 1, 'name'));
    expect(edit).toMatchObject({
      kind: 'save',
      deals: [DEALS[0], { ...DEALS[2], name: 'Oracle 2' }, DEALS[2]],
    });
    expect(interpretDealWrites('Base', DEALS, paste('1', 0, 'value'))).toEqual({
      kind: 'refused',
      message:
        'Base, deal “OpenAI”, value to AMD: worked out from the deal’s GW, B$ per GW and AMD content; change those instead; nothing was saved.',
    });
  });

  it('says when nothing changes, and never invents a deal past the last', () => {
    expect(interpretDealWrites('Base', DEALS, paste('6\r\n6\r\n', 0, 'gigawatts'))).toEqual({
      kind: 'unchanged',
    });
    expect(interpretDealWrites('Base', DEALS, [{ row: 3, col: 0, text: 'xAI' }])).toEqual({
      kind: 'refused',
      message:
        'Base: the cells reach past the last deal (3); add deals with “Add deal” first; nothing was saved.',
    });
    // The sheet refuses such a paste before it is read, naming where it was pasted.
    const at: Bounds = { top: 2, bottom: 2, left: 0, right: 0 };
    const plan = planPaste(readTsv('xAI\r\nAnthropic\r\n'), at, grid, describeCell);
    expect(plan.ok ? null : plan.error.message).toBe(
      'Base, deal “Oracle”, name: the 2 × 1 block pasted here runs 1 row below the last row; nothing was pasted.',
    );
  });
});
