import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { interpretDealEdit, newDeal } from '../../../renderer/features/scenarios/deal-edit';
import {
  buildDealColumnDefs,
  buildDealRows,
  type DealRow,
} from '../../../renderer/features/scenarios/deals-grid-model';
import {
  buildHistoryColumnDefs,
  buildHistoryRows,
  type HistoryRow,
} from '../../../renderer/features/scenarios/history-grid-model';
import { defaultScenarios } from '../fixtures';

const [, base] = defaultScenarios();
const deals = base!.deals;

describe('editing a deal', () => {
  it('saves the whole list with the field read in its unit', () => {
    const edit = interpretDealEdit('Base', deals, 1, 'gigawatts', '3.5');
    expect(edit).toEqual({ kind: 'save', value: [deals[0], { ...deals[1], gigawatts: 3.5 }], note: null });
    expect(interpretDealEdit('Base', deals, 0, 'amdContentShare', '30%')).toMatchObject({
      kind: 'save',
      value: [{ amdContentShare: 0.3 }, deals[1]],
    });
    expect(interpretDealEdit('Base', deals, 0, 'startQuarter', '2027 q1')).toMatchObject({
      kind: 'save',
      value: [{ startQuarter: '2027Q1' }, deals[1]],
    });
  });

  it('says how a bare content share below 1 was read', () => {
    const edit = interpretDealEdit('Base', deals, 0, 'amdContentShare', '0.25');
    expect(edit.kind === 'save' && edit.note).toBe(
      'AMD content share: 0.25 was read as 0.25% (type 25 for 25%)',
    );
  });

  it('removes a blank source and sends nothing for an unchanged field', () => {
    const edit = interpretDealEdit('Base', deals, 0, 'source', '  ');
    expect(edit.kind === 'save' && 'source' in edit.value[0]!).toBe(false);
    expect(interpretDealEdit('Base', deals, 0, 'gigawatts', '6')).toEqual({ kind: 'unchanged' });
  });

  it.each([
    ['gigawatts', 'lots', 'Base, deal “OpenAI”, GW: "lots" is not a number; nothing was saved.'],
    [
      'rampYears',
      '1.1',
      'Base, deal “OpenAI”, ramp years: ramp years go in quarters of a year (0.25 steps); nothing was saved.',
    ],
    [
      'startQuarter',
      'soon',
      'Base, deal “OpenAI”, start quarter: "soon" is not a quarter (type 2026Q3); nothing was saved.',
    ],
    [
      'amdContentShare',
      '120',
      'Base, deal “OpenAI”, AMD content share: AMD’s content share is between 0% and 100%; nothing was saved.',
    ],
    ['name', '', 'Base, deal “OpenAI”, name: a deal needs a name; nothing was saved.'],
  ] as const)('refuses %s = %j naming the cell', (field, typed, message) => {
    expect(interpretDealEdit('Base', deals, 0, field, typed)).toEqual({ kind: 'refused', message });
  });

  it('starts a new deal from the first projected quarter under a free name', () => {
    expect(newDeal([...deals, { ...deals[0]!, name: 'New deal' }], '2026Q2')).toEqual({
      name: 'New deal 2',
      gigawatts: 1,
      startQuarter: '2026Q2',
      rampYears: 2,
      usdBillionsPerGw: 50,
      amdContentShare: 0.25,
    });
  });
});

describe('the deals grid', () => {
  it('shows the typed fields, the value to AMD and the source', () => {
    const columns = buildDealColumnDefs(() => {});
    expect(columns.map((c) => c.headerName)).toEqual([
      'Deal',
      'GW',
      'Start',
      'Ramp years',
      'B$ per GW',
      'AMD content',
      'Value to AMD',
      'Source',
    ]);
    const [row] = buildDealRows(deals);
    const text = (colId: string) =>
      (
        columns.find((c) => c.colId === colId)!.valueGetter as (
          p: Partial<ValueGetterParams<DealRow>>,
        ) => unknown
      )({ data: row! });
    expect([
      text('name'),
      text('gigawatts'),
      text('startQuarter'),
      text('amdContentShare'),
      text('value'),
    ]).toEqual(['OpenAI', '6', '2026Q3', '25%', '75,000 USD M']);
  });
});

describe('the history settings grid', () => {
  const rows = buildHistoryRows({ 'history.otherShare': 0.05 });
  const value = buildHistoryColumnDefs(() => {}).find((c) => c.colId === 'value') as ColDef<HistoryRow>;
  const shown = (row: HistoryRow) => {
    const v = (value.valueGetter as (p: Partial<ValueGetterParams<HistoryRow>>) => unknown)({ data: row });
    return (value.valueFormatter as (p: Partial<ValueFormatterParams<HistoryRow>>) => string)({
      data: row,
      value: v,
    });
  };

  it('lists every history setting with the workbook’s value or its default', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'history.nvidiaAcceleratorFraction',
      'history.xpuFractionOfBroadcomAi',
      'history.broadcomShareOfXpu',
      'history.otherShare',
      'history.instinctBoundMargin',
      'history.serverCpuMarketGrowth',
    ]);
    expect(shown(rows[3]!)).toBe('5%');
    expect(shown(rows[0]!)).toBe('85%');
    expect(value.editable).toBe(true);
  });
});
