import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../db/file-header';
import { migrations, SCHEMA_VERSION } from '../../db/migrations';
import { repositories } from '../../db/repositories';
import { openWorkbook } from '../../db/workbook';
import { undoStep } from '../../db/commands';
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS, validateAssumptions } from '../../projection/assumptions';
import { DEFAULT_DEALS } from '../../projection/market/deals';
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

describe('migration 6: scenarios on the market model', () => {
  /** A schema 5 workbook with a scenario as version 5 wrote it (every old key) and one with none. */
  function withOldScenarios(): string {
    const path = workbookAtVersion(5, 'old-scenarios');
    const db = new Database(path);
    db.exec(`INSERT INTO scenarios (id, name, probability, sort_order, created_at) VALUES
        (1, 'Mine', 0.6, 10, '2026-01-01'), (2, 'Empty', 0.4, 20, '2026-01-01')`);
    const old: Record<string, number> = {
      'tam.baseYear': 2023,
      'tam.base': 45000,
      'tam.growth': 0.6,
      'tam.growthFade': 0.2,
      'xpu.shareStart': 0.12,
      'xpu.shareEnd': 0.3,
      'xpu.startYear': 2024,
      'xpu.endYear': 2031,
      'amd.shareFloor': 0.05,
      'amd.shareCeiling': 0.27,
      'amd.rampMidpoint': 2027.25,
      'amd.rampSpeed': 0.3,
      'amd.rampSpeedVsX86': 0,
      'amd.grossMargin': 0.55,
      'capex.growth': 0.2,
      'capex.acceleratorFraction': 0.35,
      'hyperscaler.demandShare': 0.45,
    };
    const insert = db.prepare('INSERT INTO assumptions (scenario_id, key, year, value) VALUES (1, ?, ?, ?)');
    for (const [key, value] of Object.entries(old)) insert.run(key, 0, value);
    insert.run('tam.growth', 2028, 0.25);
    db.exec(`INSERT INTO series (key, label, unit, kind, company, metric, fiscal_calendar, sort_order)
        VALUES ('amd.instinct_revenue_est', 'AMD Instinct revenue (estimate)', 'USD millions', 'estimate', 'AMD', 'instinct_revenue_est', 'calendar', 20);
      INSERT INTO observations (series_id, period, value, qualifier, source, note, updated_at) VALUES
        (2, '2024Q3', 1500, 'lower_bound', 'https://gfmreview.com', 'press estimate (gfmreview): north of 1.5 B$', '2026-01-01'),
        (2, '2024Q2', 1000, 'lower_bound', 'https://digitimes.com', 'AMD (Lisa Su, Q2 2024 earnings call)', '2026-01-01');`);
    // A journal step on the old model: undoing it after the migration would write a key that is gone.
    db.prepare('INSERT INTO journal (made_at, kind, change) VALUES (?, ?, ?)').run(
      '2026-01-02T00:00:00.000Z',
      'scenario.assumption',
      JSON.stringify({
        kind: 'scenario.assumption',
        scenario: 'Mine',
        key: 'tam.base',
        year: null,
        before: 40000,
        after: 45000,
      }),
    );
    db.close();
    return path;
  }

  it('keeps what still has a meaning, writes the new defaults and the default deals', () => {
    const wb = openWorkbook(withOldScenarios());
    try {
      const [mine, empty] = repositories(wb.db).scenarios.listScenarios();
      expect(Object.keys(mine!.assumptions).sort()).toEqual([...ASSUMPTION_KEYS].sort());
      expect(mine!.assumptions).toMatchObject({
        'tam.growth': DEFAULT_ASSUMPTIONS['tam.growth'],
        'tam.growthFade': 0.2,
        'xpu.trainingShareEnd': 0.3,
        'xpu.inferenceShareEnd': 0.3,
        'shares.endYear': 2031,
        'amd.training.shareFloor': 0.05,
        'amd.inference.shareFloor': 0.05,
        'amd.training.shareCeiling': 0.27,
        'amd.inference.shareCeiling': 0.27,
        'amd.training.rampMidpoint': 2027.25,
        'amd.inference.rampSpeed': 0.3,
        'amd.rampSpeedVsEpyc': 0,
        'amd.grossMargin': 0.55,
        'capex.growth': 0.2,
        'capex.acceleratorFraction': 0.35,
        'hyperscaler.demandShare': 0.45,
      });
      expect(mine!.growthOverrides).toEqual({ 2028: 0.25 });
      // The SQL's defaults are this version's: a scenario with nothing set gets exactly them.
      const defaults = Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, DEFAULT_ASSUMPTIONS[k]]));
      expect(empty!.assumptions).toEqual(defaults);
      expect(validateAssumptions(mine!.assumptions)).toEqual([]);
      expect(mine!.deals).toEqual(DEFAULT_DEALS);
      expect(empty!.deals).toEqual(DEFAULT_DEALS);
      expect(repositories(wb.db).modelSettings.listModelSettings()).toEqual({});
      const estimates = repositories(wb.db).observations.listSeriesObservations('amd.instinct_revenue_est');
      expect(estimates.map((o) => [o.period, o.qualifier])).toEqual([
        ['2024Q2', 'lower_bound'],
        ['2024Q3', 'inference'],
      ]);
      expect(() => undoStep(wb.db, '2026-11-30T00:00:00.000Z')).toThrow(
        /made on the model of an earlier version \(tam.base no longer exist/,
      );
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

describe('migration 8: how series are shown', () => {
  it('shows every existing series as stored, its values untouched, and reads a schema 7 file read-only the same', () => {
    const path = workbookAtVersion(7, 'before-display');
    const old = new Database(path, { readonly: true });
    // A file the app may not migrate (opened read-only elsewhere) still lists its series.
    expect(repositories(old).series.findSeries('amd.revenue_data_center')?.display).toEqual({
      scale: 'stored',
      decimals: null,
    });
    old.close();
    const wb = openWorkbook(path);
    try {
      const series = repositories(wb.db).series.findSeries('amd.revenue_data_center');
      expect(series).toMatchObject({ unit: 'USD millions', display: { scale: 'stored', decimals: null } });
      const row = wb.db.prepare("SELECT value FROM observations WHERE period = '2025Q1'").get();
      expect(row).toEqual({ value: 3674 });
    } finally {
      wb.close();
    }
  });
});
