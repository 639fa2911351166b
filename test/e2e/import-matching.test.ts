import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { storedValue } from '../helpers/import-fixtures';
import { launchApp, saveScreenshot, type AppHarness } from './app-harness';
import { chooseFile, countChip, openImportView } from './import-steps';

const DC = 'amd.revenue_data_center';
// An IR sheet without a company: "Data Center" is AMD's and NVIDIA's, "DC segment" nobody's yet.
const IR_SHEET = ["Segment,Q2'26", 'Data Center,"6,400"', 'DC segment,"6,500"', 'Embedded,950'].join('\n');

describe('Import view: where the names of a file go (built renderer in Chromium, real handlers)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('shows each name’s series, holds ambiguous and unknown names until chosen, and remembers the choice', async () => {
    const { page, workbook } = app;
    await chooseFile(app, 'amd-ir.csv', IR_SHEET);
    await openImportView(app);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    const rows = page.getByTestId('series-match');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain(
      'ambiguous: AMD Data Center revenue or NVIDIA Data Center revenue',
    );
    expect(await rows.nth(1).textContent()).toContain('no series (nearest:');
    expect(await rows.nth(2).textContent()).toContain('→ AMD Embedded revenue (by alias)');
    expect(await countChip(app, 'errors').textContent()).toBe('2');

    // Settle both by typing, as with a keyboard: a key, then a label picked from the list.
    await page.getByLabel('Series for “Data Center”').fill('nvidia.revenue_data_center');
    await page.getByLabel('Series for “Data Center”').press('Enter');
    await expect
      .poll(() => rows.nth(0).textContent())
      .toContain('→ NVIDIA Data Center revenue (your choice)');
    await page.getByLabel('Series for “DC segment”').fill('AMD Data Center revenue');
    await page.getByLabel('Series for “DC segment”').press('Enter');
    await expect.poll(() => rows.nth(1).textContent()).toContain('→ AMD Data Center revenue (your choice)');
    await expect.poll(() => countChip(app, 'errors').textContent()).toBe('0');
    await saveScreenshot(page, 'import-series-matches');

    await page.getByTestId('import-button').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('3 new');
    expect(storedValue(workbook.db, DC, '2026Q2')?.value).toBe(6500);
    expect(storedValue(workbook.db, 'nvidia.revenue_data_center', '2026Q2')?.value).toBe(6400);
    const aliases = repositories(workbook.db)
      .series.listAliases()
      .filter((a) => a.source === 'user');
    // "Data Center" is an alias NVIDIA's series has already (and AMD's too): only a recipe keeps that choice.
    expect(aliases.map((a) => `${a.seriesKey}=${a.alias}`)).toEqual([`${DC}=DC segment`]);
  });
});
