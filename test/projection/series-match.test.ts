import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeriesMatcher, metricWords, type MatchableSeries } from '../../projection/series-match';

/** The default workbook's series that files update, with the aliases it ships. */
const SERIES: readonly MatchableSeries[] = [
  {
    key: 'amd.revenue_total',
    label: 'AMD total revenue',
    company: 'AMD',
    metric: 'revenue_total',
    aliases: ['Total net revenue', 'Net revenue'],
  },
  {
    key: 'amd.revenue_data_center',
    label: 'AMD Data Center revenue',
    company: 'AMD',
    metric: 'revenue_data_center',
    aliases: ['Data Center'],
  },
  {
    key: 'amd.revenue_client',
    label: 'AMD Client revenue',
    company: 'AMD',
    metric: 'revenue_client',
    aliases: ['Client'],
  },
  {
    key: 'amd.revenue_gaming',
    label: 'AMD Gaming revenue',
    company: 'AMD',
    metric: 'revenue_gaming',
    aliases: ['Gaming'],
  },
  {
    key: 'amd.revenue_embedded',
    label: 'AMD Embedded revenue',
    company: 'AMD',
    metric: 'revenue_embedded',
    aliases: ['Embedded'],
  },
  {
    key: 'amd.revenue_client_and_gaming',
    label: 'AMD Client + Gaming revenue',
    company: 'AMD',
    metric: 'revenue_client_and_gaming',
    aliases: ['Client and Gaming'],
  },
  {
    key: 'nvidia.revenue_data_center',
    label: 'NVIDIA Data Center revenue',
    company: 'NVIDIA',
    metric: 'revenue_data_center',
    aliases: ['Data Center'],
  },
  ...['Microsoft', 'Amazon', 'Alphabet', 'Meta'].map((company) => ({
    key: `${company.toLowerCase()}.purchases_of_property_and_equipment`,
    label: `${company} capex (cash purchases of PP&E)`,
    company,
    metric: 'purchases_of_property_and_equipment',
    aliases: ['Purchases of property and equipment', 'Capital expenditures'],
  })),
  {
    key: 'microsoft.capex_incl_finance_leases',
    label: 'Microsoft capex incl. finance leases',
    company: 'Microsoft',
    metric: 'capex_incl_finance_leases',
    aliases: [],
  },
];

const matcher = () => createSeriesMatcher(SERIES);

describe('series matching', () => {
  it('takes a key first, in any case', () => {
    expect(matcher().match('AMD.Revenue_Data_Center')).toEqual({
      kind: 'matched',
      key: 'amd.revenue_data_center',
      by: 'key',
    });
  });

  it('takes a label, with case, spaces and punctuation folded', () => {
    expect(matcher().match('  amd   data-center REVENUE ')).toEqual({
      kind: 'matched',
      key: 'amd.revenue_data_center',
      by: 'label',
    });
  });

  it.each([
    ['AMD', 'Data Center', 'amd.revenue_data_center'],
    ['AMD', 'Client', 'amd.revenue_client'],
    ['AMD', 'Gaming', 'amd.revenue_gaming'],
    ['AMD', 'Client and Gaming', 'amd.revenue_client_and_gaming'],
    ['AMD', 'Embedded', 'amd.revenue_embedded'],
    ['AMD', 'Total net revenue', 'amd.revenue_total'],
    ['AMD', 'Net revenue', 'amd.revenue_total'],
    ['NVIDIA', 'Data Center', 'nvidia.revenue_data_center'],
    ['Microsoft', 'Purchases of property and equipment', 'microsoft.purchases_of_property_and_equipment'],
    ['Meta', 'Capital expenditures', 'meta.purchases_of_property_and_equipment'],
  ])('matches the default alias %s "%s" by alias', (company, name, key) => {
    expect(matcher().match(name, company)).toEqual({ kind: 'matched', key, by: 'alias' });
  });

  it('calls an alias two companies share ambiguous without a company, never picking one', () => {
    expect(matcher().match('Data Center')).toEqual({
      kind: 'ambiguous',
      keys: ['amd.revenue_data_center', 'nvidia.revenue_data_center'],
      by: 'alias',
    });
  });

  it.each([
    // rule: case and punctuation
    ['NVIDIA', 'DATA-CENTER revenue', 'nvidia.revenue_data_center'],
    // rule: & / and / +
    ['AMD', 'Gaming & Client', 'amd.revenue_client_and_gaming'],
    ['AMD', 'Client + Gaming segment', 'amd.revenue_client_and_gaming'],
    // rule: "net", "revenue" / "sales", "segment"
    ['AMD', 'Embedded segment net sales', 'amd.revenue_embedded'],
    ['NVIDIA', 'Data Center revenues', 'nvidia.revenue_data_center'],
    // rule: capex / purchases of property and equipment / PP&E
    ['Microsoft', 'Capex (cash purchases of PP&E)', 'microsoft.purchases_of_property_and_equipment'],
    ['Amazon', 'Purchases of property, plant and equipment', 'amazon.purchases_of_property_and_equipment'],
    ['Alphabet', 'capital expenditure', 'alphabet.purchases_of_property_and_equipment'],
    // rule: plural forms
    ['Microsoft', 'Capex incl. finance lease', 'microsoft.capex_incl_finance_leases'],
  ])('matches %s "%s" by its normalised words', (company, name, key) => {
    expect(matcher().match(name, company)).toMatchObject({ kind: 'matched', key });
  });

  it('finds nothing for a metric the company has no series of, and suggests the nearest keys', () => {
    const found = matcher().match('amd.adjustment_test');
    expect(found.kind).toBe('none');
    expect(found.kind === 'none' && found.suggestions).toHaveLength(3);
    expect(matcher().match('Operating income', 'AMD')).toMatchObject({ kind: 'none' });
    expect(matcher().match('Data Center', 'Intel')).toMatchObject({ kind: 'none' });
  });

  it('suggests the three keys nearest by edit distance, ties in name order', () => {
    // Independent Levenshtein distances: "x.ab" is 1 from x.ab* and x.a, 2 from x.b and x.abcd.
    const keys = ['x.abd', 'x.b', 'x.abc', 'x.abcd', 'x.a', 'y.zzzz'];
    const match = createSeriesMatcher(
      keys.map((key) => ({ key, label: key, company: key[0]!, metric: key.slice(2), aliases: [] })),
    ).match('x.ab');
    expect(match).toEqual({ kind: 'none', suggestions: ['x.a', 'x.abc', 'x.abd'] });
    const far = createSeriesMatcher(
      keys.map((key) => ({ key, label: key, company: key[0]!, metric: key.slice(2), aliases: [] })),
    ).match('kitten.sitting');
    // Every key is 13 edits from it (6 for "kitten", 7 for "sitting"): the first three by name.
    expect(far.kind === 'none' && far.suggestions).toEqual(['x.a', 'x.abc', 'x.abcd']);
  });

  it('normalises metric words as documented', () => {
    expect(metricWords('Client and Gaming')).toBe(metricWords('gaming & client'));
    expect(metricWords('Purchases of property and equipment')).toBe('capex');
    expect(metricWords('AMD Data Center revenue', 'AMD')).toBe('center data');
    expect(metricWords('Net revenue')).toBe('');
  });

  it('works each distinct name out once', () => {
    const m = matcher();
    expect(m.match('Data Center', 'AMD')).toBe(m.match('Data Center', 'AMD'));
  });

  it('never changes which series an exact key matches when labels are renamed or aliases added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: SERIES.length - 1 }), fc.string(), fc.boolean())),
        fc.integer({ min: 0, max: SERIES.length - 1 }),
        (changes, target) => {
          const changed = SERIES.map((s) => ({ ...s, aliases: [...s.aliases] }));
          for (const [i, text, isAlias] of changes) {
            const s = changed[i]!;
            if (isAlias) s.aliases.push(text);
            else changed[i] = { ...s, label: text };
          }
          const key = SERIES[target]!.key;
          expect(createSeriesMatcher(changed).match(key)).toEqual({ kind: 'matched', key, by: 'key' });
          // Another series' label or alias equal to the key text does not take it either.
          changed[(target + 1) % changed.length]!.aliases.push(key);
          expect(createSeriesMatcher(changed).match(key.toUpperCase())).toEqual({
            kind: 'matched',
            key,
            by: 'key',
          });
        },
      ),
    );
  });
});
