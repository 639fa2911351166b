import { describe, expect, it } from 'vitest';
import { backupsToDelete, isBackupDue } from '../../projection/backup-retention';

const at = (iso: string) => ({ name: `w.iwb.${iso}.iwb`, takenAt: iso });

describe('backupsToDelete', () => {
  it('keeps the newest ten and the newest of each of the last seven days', () => {
    const now = '2026-11-30T12:00:00.000Z';
    // Twelve today (every 15 minutes from 09:00), two a day on 11-24 to 11-29, one on 11-20.
    const today = Array.from({ length: 12 }, (_, i) =>
      at(
        `2026-11-30T${String(9 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}:00.000Z`,
      ),
    );
    const earlier = [24, 25, 26, 27, 28, 29].flatMap((d) => [
      at(`2026-11-${d}T08:00:00.000Z`),
      at(`2026-11-${d}T17:00:00.000Z`),
    ]);
    const old = at('2026-11-20T10:00:00.000Z');
    const deleted = backupsToDelete([...today, ...earlier, old], now).map((b) => b.takenAt);
    // Today's two oldest go (the ten newest are kept, and today's newest is one of them); each
    // earlier day from 11-24 keeps its 17:00 backup; 11-20 is outside the week.
    expect(deleted).toEqual([
      '2026-11-20T10:00:00.000Z',
      ...[24, 25, 26, 27, 28, 29].map((d) => `2026-11-${d}T08:00:00.000Z`),
      '2026-11-30T09:00:00.000Z',
      '2026-11-30T09:15:00.000Z',
    ]);
  });

  it('deletes nothing while there are ten or fewer', () => {
    expect(backupsToDelete([at('2026-01-01T00:00:00.000Z')], '2026-11-30T00:00:00.000Z')).toEqual([]);
  });
});

describe('isBackupDue', () => {
  it('takes one when the workbook changed since the last, at most every fifteen minutes', () => {
    expect(isBackupDue(null, null, '2026-11-30T12:00:00.000Z')).toBe(false);
    expect(isBackupDue(null, '2026-11-30T11:59:00.000Z', '2026-11-30T12:00:00.000Z')).toBe(true);
    expect(
      isBackupDue('2026-11-30T11:50:00.000Z', '2026-11-30T11:55:00.000Z', '2026-11-30T12:00:00.000Z'),
    ).toBe(false);
    expect(
      isBackupDue('2026-11-30T11:45:00.000Z', '2026-11-30T11:55:00.000Z', '2026-11-30T12:00:00.000Z'),
    ).toBe(true);
    expect(
      isBackupDue('2026-11-30T11:45:00.000Z', '2026-11-30T11:40:00.000Z', '2026-11-30T12:00:00.000Z'),
    ).toBe(false);
  });
});
