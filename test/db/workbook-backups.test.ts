import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setObservation } from '../../db/commands';
import { backUpIfDue } from '../../db/backups/backup-if-due';
import { backUpWorkbook, listBackups, restoreBackup } from '../../db/backups/workbook-backups';
import { repositories } from '../../db/repositories';
import { createWorkbook, openWorkbook } from '../../db/workbook';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

describe('workbook backups', () => {
  it('copies an open workbook as it is, lists it, prunes old ones and restores into a new file', async () => {
    const dir = join(temp.dir, 'backups');
    const wb = createWorkbook(join(temp.dir, 'w.iwb'));
    setObservation(wb.db, { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: 1600 }, 'now');
    const times = Array.from(
      { length: 12 },
      (_, i) => `2026-11-30T10:${String(i * 4).padStart(2, '0')}:00.000Z`,
    );
    for (const t of times) await backUpWorkbook(wb, dir, t);
    setObservation(wb.db, { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: 1700 }, 'now');
    wb.close();
    const kept = listBackups(dir, 'w.iwb');
    // Ten newest (and they hold today's newest): the two oldest were pruned.
    expect(kept.map((b) => b.takenAt)).toEqual([...times].reverse().slice(0, 10));
    expect(listBackups(dir, 'other.iwb')).toEqual([]);

    const restored = join(temp.dir, 'restored.iwb');
    await restoreBackup(kept[0]!.path, restored);
    const copy = openWorkbook(restored, { readonly: true });
    expect(
      repositories(copy.db).observations.findObservation('amd.instinct_revenue_est', '2025Q1')?.value,
    ).toBe(1600);
    copy.close();
    await expect(restoreBackup(kept[0]!.path, restored)).rejects.toThrow(/already exists/);
    const notOurs = join(temp.dir, 'notes.iwb');
    writeFileSync(notOurs, 'hello');
    await expect(restoreBackup(notOurs, join(temp.dir, 'x.iwb'))).rejects.toThrow();
    expect(existsSync(join(temp.dir, 'x.iwb'))).toBe(false);
  });
});

describe('backUpIfDue', () => {
  it('backs up a changed workbook, then not again within fifteen minutes or without a change', async () => {
    const dir = join(temp.dir, 'due');
    const wb = createWorkbook(join(temp.dir, 'due.iwb'));
    try {
      expect(await backUpIfDue(wb, dir, '2026-11-30T10:00:00.000Z')).toBe(false);
      setObservation(
        wb.db,
        { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: 1 },
        '2026-11-30T10:01:00.000Z',
      );
      expect(await backUpIfDue(wb, dir, '2026-11-30T10:02:00.000Z')).toBe(true);
      setObservation(
        wb.db,
        { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: 2 },
        '2026-11-30T10:05:00.000Z',
      );
      expect(await backUpIfDue(wb, dir, '2026-11-30T10:10:00.000Z')).toBe(false);
      expect(await backUpIfDue(wb, dir, '2026-11-30T10:17:00.000Z')).toBe(true);
      expect(await backUpIfDue(wb, dir, '2026-11-30T10:40:00.000Z')).toBe(false);
      expect(listBackups(dir).map((b) => b.takenAt)).toEqual([
        '2026-11-30T10:17:00.000Z',
        '2026-11-30T10:02:00.000Z',
      ]);
    } finally {
      wb.close();
    }
  });
});
