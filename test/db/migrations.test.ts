import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../db/file-header';
import { migrations, SCHEMA_VERSION } from '../../db/migrations';
import { repositories } from '../../db/repositories';
import { openWorkbook } from '../../db/workbook';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** A workbook as an older version of the app left it: migrations 1..version applied, plus one series. */
function workbookAtVersion(version: number, name = `v${version}`): string {
  const path = join(temp.dir, `${name}.iwb`);
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  for (const migration of migrations.slice(0, version)) db.exec(migration.sql);
  if (version >= 1) {
    db.exec(`INSERT INTO fiscal_calendars (id, label, fiscal_year_end_month) VALUES ('calendar', 'Calendar', 12);
      INSERT INTO series (key, label, unit, kind, company, metric, fiscal_calendar, sort_order)
        VALUES ('amd.revenue_data_center', 'AMD Data Center revenue', 'USD millions', 'reported', 'AMD', 'revenue_data_center', 'calendar', 10);
      INSERT INTO observations (series_id, period, value, source, updated_at) VALUES (1, '2025Q1', 3674, 'https://example.org', '2026-01-01');`);
  }
  db.pragma(`user_version = ${version}`);
  db.close();
  return path;
}

describe('migrations', () => {
  it.each(Array.from({ length: SCHEMA_VERSION }, (_, v) => v))(
    'brings a schema %i workbook to the newest schema',
    (version) => {
      const path = workbookAtVersion(version);
      const wb = openWorkbook(path);
      try {
        expect(wb.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
        expect(wb.db.pragma('foreign_key_check')).toEqual([]);
        if (version >= 1) {
          const row = wb.db.prepare("SELECT value, source FROM observations WHERE period = '2025Q1'").get();
          expect(row).toEqual({ value: 3674, source: 'https://example.org' });
        }
      } finally {
        wb.close();
      }
      // The file as it was is kept, copied by SQLite, before a real migration.
      expect(existsSync(`${path}.v${version}.bak`)).toBe(version > 0);
      if (version > 0) {
        const backup = new Database(`${path}.v${version}.bak`, { readonly: true });
        expect(backup.pragma('user_version', { simple: true })).toBe(version);
        backup.close();
      }
    },
  );

  it('every migration is numbered in order and runs on an empty database', () => {
    migrations.forEach((m, i) => expect(m.name.startsWith(String(i + 1).padStart(4, '0'))).toBe(true));
    const db = new Database(':memory:');
    for (const m of migrations) db.exec(m.sql);
    db.close();
  });
});

describe('migration 4: the typed journal', () => {
  /** A schema 3 workbook whose `edits` table holds one entry of every action earlier versions wrote. */
  function withOldEdits(): string {
    const path = workbookAtVersion(3, 'old-edits');
    const db = new Database(path);
    const insert = db.prepare(
      'INSERT INTO edits (made_at, action, target, before, after) VALUES (?, ?, ?, ?, ?)',
    );
    const cell = (value: number) =>
      JSON.stringify({
        seriesKey: 'amd.revenue_data_center',
        period: '2025Q1',
        value,
        qualifier: 'exact',
        source: 's',
        note: '',
        importId: null,
        updatedAt: 't',
      });
    const at = '2026-01-02T00:00:00.000Z';
    insert.run(at, 'observation.set', 'amd.revenue_data_center@2025Q1', cell(3674), cell(3700));
    insert.run(at, 'observation.set', 'amd.revenue_data_center@2025Q2', null, cell(1));
    insert.run(at, 'scenario.assumption', 'scenario:Bull/Bear/amd.shareCeiling', '0.25', '0.3');
    insert.run(at, 'scenario.assumption', 'scenario:Base/amd.rampSpeed', null, '0.4');
    insert.run(at, 'scenario.override', 'scenario:Base/tam.growth@2027', '0.5', null);
    insert.run(at, 'scenario.copy', 'scenario:Base 2', null, JSON.stringify({ from: 'Base' }));
    const fields = { name: 'Base', description: 'd', probability: 0.5 };
    insert.run(
      at,
      'scenario.update',
      'scenario:Base',
      JSON.stringify(fields),
      JSON.stringify({ ...fields, probability: 0.4 }),
    );
    const scenario = { id: 3, ...fields, order: 2, assumptions: { 'tam.growth': 0.6 }, growthOverrides: {} };
    insert.run(at, 'scenario.delete', 'scenario:Base', JSON.stringify(scenario), null);
    const calendar = { id: 'acme', label: 'Acme', fiscalYearEndMonth: 3, note: 'n' };
    insert.run(at, 'fiscal_calendar.set', 'fiscal_calendar:acme', null, JSON.stringify(calendar));
    const counts = { inserted: 5, updated: 1, unchanged: 2, skipped: 0, seriesCreated: 1 };
    insert.run(
      at,
      'import.commit',
      'import:7',
      null,
      JSON.stringify({ fileName: 'f.csv', sha256: 'ab', importId: 7, ...counts }),
    );
    const undo = { importId: 7, restored: 1, removed: 5, kept: 0, seriesRemoved: 1 };
    insert.run(
      at,
      'import.undo',
      'import:7',
      JSON.stringify({ undoneAt: null }),
      JSON.stringify({ undoneAt: at, ...undo }),
    );
    db.close();
    return path;
  }

  it('converts every old entry to its typed kind, in order, and keeps what cannot be typed as legacy', () => {
    const wb = openWorkbook(withOldEdits());
    try {
      const entries = repositories(wb.db).journal.listRecentEntries(100).reverse();
      const state = (value: number) => ({
        value,
        qualifier: 'exact',
        source: 's',
        note: '',
        importId: null,
        updatedAt: 't',
      });
      expect(entries.map(({ id: _id, madeAt: _at, ...change }) => change)).toEqual([
        {
          kind: 'observation.set',
          series: 'amd.revenue_data_center',
          period: '2025Q1',
          before: state(3674),
          after: state(3700),
        },
        {
          kind: 'observation.set',
          series: 'amd.revenue_data_center',
          period: '2025Q2',
          before: null,
          after: state(1),
        },
        {
          kind: 'scenario.assumption',
          scenario: 'Bull/Bear',
          key: 'amd.shareCeiling',
          year: null,
          before: 0.25,
          after: 0.3,
        },
        {
          kind: 'scenario.assumption',
          scenario: 'Base',
          key: 'amd.rampSpeed',
          year: null,
          before: null,
          after: 0.4,
        },
        {
          kind: 'scenario.assumption',
          scenario: 'Base',
          key: 'tam.growth',
          year: 2027,
          before: 0.5,
          after: null,
        },
        {
          kind: 'legacy',
          action: 'scenario.copy',
          target: 'scenario:Base 2',
          before: null,
          after: { from: 'Base' },
        },
        {
          kind: 'scenario.update',
          scenario: 'Base',
          before: { name: 'Base', description: 'd', probability: 0.5 },
          after: { name: 'Base', description: 'd', probability: 0.4 },
        },
        {
          kind: 'scenario.delete',
          before: {
            name: 'Base',
            description: 'd',
            probability: 0.5,
            order: 2,
            assumptions: { 'tam.growth': 0.6 },
            growthOverrides: {},
          },
        },
        {
          kind: 'legacy',
          action: 'fiscal_calendar.set',
          target: 'fiscal_calendar:acme',
          before: null,
          after: { id: 'acme', label: 'Acme', fiscalYearEndMonth: 3, note: 'n' },
        },
        {
          kind: 'import.commit',
          importId: 7,
          fileName: 'f.csv',
          sha256: 'ab',
          counts: { inserted: 5, updated: 1, unchanged: 2, skipped: 0, seriesCreated: 1 },
          fiscalCalendars: [],
          recipe: null,
          aliases: [],
        },
        { kind: 'import.undo', importId: 7, restored: 1, removed: 5, kept: 0, seriesRemoved: 1 },
      ]);
      expect(entries.every((e) => e.madeAt === '2026-01-02T00:00:00.000Z')).toBe(true);
      expect(wb.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'edits'").get()).toEqual({
        n: 0,
      });
    } finally {
      wb.close();
    }
  });
});

describe('migration 5: series ranges and aliases', () => {
  it('gives existing series the range of their unit, and default series their aliases', () => {
    const wb = openWorkbook(workbookAtVersion(4, 'before-aliases'));
    try {
      const series = repositories(wb.db).series;
      expect(series.findSeries('amd.revenue_data_center')).toMatchObject({ minValue: 0, maxValue: null });
      expect(series.listAliases()).toEqual([
        { seriesKey: 'amd.revenue_data_center', alias: 'Data Center', source: 'default' },
      ]);
    } finally {
      wb.close();
    }
  });
});

describe('migration 6: inference as a qualifier', () => {
  it('keeps every value as it was and lets a value be an inference', () => {
    const path = workbookAtVersion(5, 'before-inference');
    const old = new Database(path);
    old.exec(`INSERT INTO observations (series_id, period, value, qualifier, source, note, updated_at)
      VALUES (1, '2025Q2', 3240, 'approx', 's', 'n', '2026-01-02')`);
    const before = old.prepare('SELECT * FROM observations ORDER BY period').all();
    old.close();
    const wb = openWorkbook(path);
    try {
      expect(wb.db.prepare('SELECT * FROM observations ORDER BY period').all()).toEqual(before);
      wb.db.exec("UPDATE observations SET qualifier = 'inference' WHERE period = '2025Q2'");
      expect(
        repositories(wb.db).observations.findObservation('amd.revenue_data_center', '2025Q2'),
      ).toMatchObject({
        qualifier: 'inference',
      });
      expect(() => wb.db.exec("UPDATE observations SET qualifier = 'guess'")).toThrow(/CHECK constraint/);
    } finally {
      wb.close();
    }
  });
});
