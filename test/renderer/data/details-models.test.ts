import { describe, expect, it } from 'vitest';
import type { CellWriteResult, ObservationDto, SeriesDetails } from '../../../electron/contract';
import { annotationOf, cellDraftOf, savedCellText } from '../../../renderer/features/data/cell-details-model';
import { detailsTargetOf, isDetailsKey, isSameTarget } from '../../../renderer/features/data/details-keys';
import { periodCellClasses } from '../../../renderer/features/data/hand-edit-mark';
import {
  fiscalYearText,
  seriesDraftOf,
  seriesUpdateOf,
} from '../../../renderer/features/data/series-details-model';
import { sourceParts } from '../../../renderer/features/data/source-text';

const observation: ObservationDto = {
  seriesKey: 'amd.revenue_data_center',
  period: '2025Q1',
  value: 3674,
  qualifier: 'exact',
  source: 'https://ir.amd.com/q1',
  note: '',
  importId: null,
  updatedAt: 't',
  isHandEdited: false,
};

const share: SeriesDetails = {
  key: 'amd.x86_server_unit_share',
  label: 'AMD x86 server unit share',
  unit: 'percent',
  kind: 'reported',
  company: 'AMD',
  metric: 'x86_server_unit_share',
  notes: '',
  minValue: 0,
  maxValue: 100,
  display: { scale: 'stored', decimals: null },
  fiscalCalendar: {
    id: 'calendar',
    label: 'Calendar year',
    fiscalYearEndMonth: 12,
    note: 'January to December',
  },
  aliases: [],
  count: 32,
  firstPeriod: '2017Q4',
  lastPeriod: '2026Q1',
};

describe('hand-edit marks', () => {
  it.each([
    ['2025Q1', observation, []],
    ['2025Q1', { ...observation, isHandEdited: true }, ['cell-hand-edited']],
    ['2025', { ...observation, isHandEdited: true }, ['cell-year', 'cell-hand-edited']],
    ['2025', undefined, ['cell-year']],
  ])('%s %j has the classes %j', (period, value, classes) => {
    expect(periodCellClasses(period, value)).toEqual(classes);
  });
});

describe('the details keys', () => {
  const key = { key: 'F2', shiftKey: true, ctrlKey: false, altKey: false, metaKey: false };
  it('opens on Shift+F2 only: F2 alone edits, and other modifiers are other commands', () => {
    expect(isDetailsKey(key)).toBe(true);
    expect(isDetailsKey({ ...key, shiftKey: false })).toBe(false);
    expect(isDetailsKey({ ...key, ctrlKey: true })).toBe(false);
    expect(isDetailsKey({ ...key, metaKey: true })).toBe(false);
    expect(isDetailsKey({ ...key, key: 'F3' })).toBe(false);
  });

  it("leads from a series' name or unit to the series, and from a value to the cell", () => {
    expect(detailsTargetOf('amd.a', 'label')).toEqual({ kind: 'series', seriesKey: 'amd.a' });
    expect(detailsTargetOf('amd.a', 'unit')).toEqual({ kind: 'series', seriesKey: 'amd.a' });
    expect(detailsTargetOf('amd.a', '2025Q1')).toEqual({
      kind: 'cell',
      seriesKey: 'amd.a',
      period: '2025Q1',
    });
    expect(isSameTarget(detailsTargetOf('amd.a', 'label'), detailsTargetOf('amd.a', 'unit'))).toBe(true);
    expect(isSameTarget(detailsTargetOf('amd.a', '2025Q1'), detailsTargetOf('amd.a', '2025Q2'))).toBe(false);
    expect(isSameTarget(null, detailsTargetOf('amd.a', 'label'))).toBe(false);
  });
});

describe('sources', () => {
  it.each([
    ['', []],
    ['AMD 10-Q', [{ kind: 'text', text: 'AMD 10-Q' }]],
    [
      'AMD release, https://ir.amd.com/q1. Rounded',
      [
        { kind: 'text', text: 'AMD release, ' },
        { kind: 'link', text: 'https://ir.amd.com/q1', href: 'https://ir.amd.com/q1' },
        { kind: 'text', text: '. Rounded' },
      ],
    ],
    // Only https opens in the browser (main refuses any other address); http stays text.
    ['http://example.com/x', [{ kind: 'text', text: 'http://example.com/x' }]],
    [
      '(https://a.example/x)',
      [
        { kind: 'text', text: '(' },
        { kind: 'link', text: 'https://a.example/x', href: 'https://a.example/x' },
        { kind: 'text', text: ')' },
      ],
    ],
  ])('%j is %j', (source, parts) => {
    expect(sourceParts(source)).toEqual(parts);
  });
});

describe('the cell details form', () => {
  it('sends only what changed, trimmed, and nothing when nothing did', () => {
    const draft = cellDraftOf(observation);
    expect(annotationOf(observation, draft)).toBeNull();
    expect(annotationOf(observation, { ...draft, source: ' https://ir.amd.com/q1 ' })).toBeNull();
    expect(annotationOf(observation, { ...draft, note: ' restated ', qualifier: 'approx' })).toEqual({
      seriesKey: 'amd.revenue_data_center',
      period: '2025Q1',
      qualifier: 'approx',
      note: 'restated',
    });
  });

  it('says which cited source a saved value replaced', () => {
    const result: CellWriteResult = {
      seriesKey: observation.seriesKey,
      period: '2025Q1',
      observation: { ...observation, value: 3700, source: 'user entry' },
      replacedSource: 'https://ir.amd.com/q1',
    };
    expect(savedCellText('AMD Data Center revenue', '2025Q1', result)).toBe(
      "Saved AMD Data Center revenue, 2025Q1: 3,700. It replaced a value cited to https://ir.amd.com/q1; that source stays in the cell's history (Shift+F2 shows it, and takes a source for the new value).",
    );
    const billions = { unit: 'USD millions', display: { scale: 'billions' as const, decimals: 1 } };
    expect(savedCellText('X', '2025Q1', { ...result, replacedSource: null }, billions)).toBe(
      'Saved X, 2025Q1: 3,700 USD millions (3.7 USD billions)',
    );
    expect(savedCellText('X', '2025Q1', { ...result, observation: null, replacedSource: null })).toBe(
      'Saved X, 2025Q1: cleared',
    );
  });
});

describe('the series details form', () => {
  const draft = seriesDraftOf(share);

  it('reads the bounds in the series unit, blank or "none" for no bound, and sends what changed', () => {
    expect(draft).toEqual({ label: 'AMD x86 server unit share', unit: 'percent', min: '0', max: '100' });
    expect(seriesUpdateOf(share, draft)).toEqual({ ok: true, value: null });
    expect(seriesUpdateOf(share, { ...draft, max: '60%', label: ' x86 share ' })).toEqual({
      ok: true,
      value: { key: share.key, label: 'x86 share', maxValue: 60 },
    });
    expect(seriesUpdateOf(share, { ...draft, min: 'none', max: '' })).toEqual({
      ok: true,
      value: { key: share.key, minValue: null, maxValue: null },
    });
    expect(seriesUpdateOf(share, { ...draft, unit: 'USD millions', max: '3.5B' })).toEqual({
      ok: true,
      value: { key: share.key, unit: 'USD millions', maxValue: 3500 },
    });
  });

  it.each([
    [{ label: ' ' }, 'amd.x86_server_unit_share: the label cannot be blank'],
    [{ unit: '' }, 'amd.x86_server_unit_share: the unit cannot be blank (USD millions, percent…)'],
    [{ max: 'lots' }, 'amd.x86_server_unit_share, maximum: "lots" is not a number'],
    [
      { max: '3.5B' },
      'amd.x86_server_unit_share, maximum: "3.5B" has a scale word, but the series is in percent',
    ],
    [{ min: '60', max: '50' }, 'amd.x86_server_unit_share: the minimum 60 is above the maximum 50'],
  ])('refuses %j: %s', (change, message) => {
    expect(seriesUpdateOf(share, { ...draft, ...change })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message },
    });
  });

  it('names the fiscal calendar with its note', () => {
    expect(fiscalYearText(share.fiscalCalendar)).toBe('Calendar year (January to December)');
    expect(
      fiscalYearText({
        id: 'nvidia',
        label: 'NVIDIA',
        fiscalYearEndMonth: 1,
        note: 'ends the last Sunday of January',
      }),
    ).toBe('NVIDIA: fiscal year ends in January (ends the last Sunday of January)');
    expect(fiscalYearText({ id: 'meta', label: 'Meta', fiscalYearEndMonth: 12, note: 'calendar year' })).toBe(
      'Meta: calendar year',
    );
  });
});
