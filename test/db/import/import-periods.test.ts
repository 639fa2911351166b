import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitImport, previewImport } from '../../../db/import';
import { repositories } from '../../../db/repositories';
import type { Workbook } from '../../../db/workbook';
import { defaultWorkbook, storedValue, writeDataFile } from '../../helpers/import-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
beforeAll(() => {
  wb = defaultWorkbook(temp.dir);
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

/** The calendar period a period cell becomes for a company's series, and the label shown beside it. */
async function periodOf(
  label: string,
  company = 'AMD',
  metric = 'revenue_data_center',
  fiscalYearEnd?: Record<string, number>,
) {
  const content = `period,company,metric,value\n"${label}",${company},${metric},1\n`;
  const preview = await previewImport(wb.db, {
    path: writeDataFile(temp.dir, content),
    options: fiscalYearEnd ? { fiscalYearEnd } : {},
  });
  const row = preview.rows[0]!;
  return row.status === 'error' ? `error: ${row.message}` : `${row.periodLabel} -> ${row.period}`;
}

describe('calendar labels are calendar periods, whatever the company', () => {
  it.each([
    ['2024Q3', '2024Q3'],
    ['2024-Q3', '2024Q3'],
    ['Q3 2024', '2024Q3'],
    ["Q3'24", '2024Q3'],
    ['3Q24', '2024Q3'],
    ['2024', '2024'],
    ['2024-09-30', '2024Q3'],
    ['30/09/2024', '2024Q3'],
    ['Sep 30, 2024', '2024Q3'],
  ])('%j -> %s (NVIDIA too)', async (label, period) => {
    expect(await periodOf(label)).toBe(`${label} -> ${period}`);
    expect(await periodOf(label, 'NVIDIA')).toBe(`${label} -> ${period}`);
  });
});

describe('fiscal labels go through the company fiscal calendar', () => {
  it.each([
    ['Q3 FY2025', 'NVIDIA', '2024Q3'],
    ['FY2025Q3', 'NVIDIA', '2024Q3'],
    ['FY2025 Q3', 'NVIDIA', '2024Q3'],
    ['FY2025 Q4', 'NVIDIA', '2024Q4'],
    ['FY2025', 'NVIDIA', '2024'],
    ['FY2024', 'AMD', '2024'],
    ['Q3 FY2024', 'AMD', '2024Q3'],
  ])('%j of %s -> %s', async (label, company, period) => {
    expect(await periodOf(label, company)).toBe(`${label} -> ${period}`);
  });

  it('uses Microsoft (June), Broadcom (October) and Amazon (December) calendars', async () => {
    expect(await periodOf('Q1 FY2025', 'Microsoft', 'purchases_of_property_and_equipment')).toBe(
      'Q1 FY2025 -> 2024Q3',
    );
    expect(await periodOf('Q1 FY2025', 'Broadcom', 'revenue')).toBe('Q1 FY2025 -> 2024Q4');
    expect(await periodOf('Q1 FY2025', 'Amazon', 'purchases_of_property_and_equipment')).toBe(
      'Q1 FY2025 -> 2025Q1',
    );
  });

  it('refuses a fiscal label of a company with no known calendar, saying what is missing', async () => {
    expect(await periodOf('Q3 FY2025', 'Acme', 'widgets')).toBe(
      'error: Q3 FY2025 is a fiscal period, and the month in which the fiscal year of Acme ends is not known; give it with the import',
    );
  });

  it('takes a fiscal year end given with the import, and stores it in the workbook on commit', async () => {
    expect(await periodOf('Q1 FY2025', 'Acme', 'widgets', { Acme: 3 })).toBe('Q1 FY2025 -> 2024Q2');
    // Overriding a known calendar changes how its labels map.
    expect(await periodOf('Q3 FY2025', 'NVIDIA', 'revenue_data_center', { NVIDIA: 12 })).toBe(
      'Q3 FY2025 -> 2025Q3',
    );

    const content = 'period,company,metric,value\nQ1 FY2025,Acme,widgets,5\n';
    const preview = await previewImport(wb.db, {
      path: writeDataFile(temp.dir, content),
      options: { fiscalYearEnd: { Acme: 3 } },
    });
    await commitImport(wb.db, preview.previewId);
    const acme = repositories(wb.db)
      .fiscalCalendars.listFiscalCalendars()
      .find((c) => c.id === 'acme');
    expect(acme).toMatchObject({ label: 'Acme', fiscalYearEndMonth: 3 });
    expect(repositories(wb.db).series.findSeries('acme.widgets')?.fiscalCalendar).toBe('acme');
    expect(storedValue(wb.db, 'acme.widgets', '2024Q2')).toMatchObject({
      value: 5,
      note: 'Reported as fiscal FY2025 Q1.',
    });
    const [entry] = repositories(wb.db).journal.listRecentEntries(1);
    expect(entry).toMatchObject({
      kind: 'import.commit',
      fiscalCalendars: [
        {
          before: null,
          after: { id: 'acme', label: 'Acme', fiscalYearEndMonth: 3, note: 'set by an import' },
        },
      ],
    });
  });

  it('keeps the fiscal label in the note of the value, before the note of the file', async () => {
    const content =
      'period,company,metric,value,note\nQ2 FY2026,NVIDIA,revenue_data_center,41100,from the release\n';
    const preview = await previewImport(wb.db, { path: writeDataFile(temp.dir, content) });
    expect(preview.rows[0]).toMatchObject({
      periodLabel: 'Q2 FY2026',
      period: '2025Q2',
      note: 'Reported as fiscal FY2026 Q2. from the release',
    });
  });
});

describe('bad periods', () => {
  it.each([
    ['Q5 2024', /not a period/],
    ['H1 2024', /half year/],
    ['03/06/2024', /either way round/],
    ['', /blank/],
  ])('%j is an error with a reason', async (label, reason) => {
    expect(await periodOf(label)).toMatch(reason);
  });
});
