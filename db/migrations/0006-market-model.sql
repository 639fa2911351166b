-- Schema version 6: scenarios run on the market model (projection/market/, docs/MODEL.md). The
-- market is rebuilt from the workbook's series and every scenario projects from its last quarter,
-- so a scenario no longer holds a base-year TAM or an XPU start; it gains per-segment shares,
-- deals and the capex driver. The past is the workbook's: its settings (`history.*`) are held once.

-- The workbook's model settings (`history.*` keys); a key left out takes its default.
CREATE TABLE model_settings (
  key   TEXT PRIMARY KEY CHECK (length(key) > 0),
  value REAL NOT NULL
) STRICT, WITHOUT ROWID;

-- A value may be a press inference (the 2024Q3 "north of 1.5 B$"), apart from the companies' own
-- statements. SQLite cannot change a CHECK, so the table is rebuilt as it was with the new list;
-- nothing refers to observations, so it can be dropped with foreign keys on.
CREATE TABLE observations_v6 (
  series_id  INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
  period     TEXT NOT NULL CHECK (
    period GLOB '[12][0-9][0-9][0-9]Q[1-4]' OR period GLOB '[12][0-9][0-9][0-9]'
  ),
  value      REAL NOT NULL,
  qualifier  TEXT NOT NULL DEFAULT 'exact'
    CHECK (qualifier IN ('exact', 'approx', 'lower_bound', 'upper_bound', 'inference')),
  source     TEXT NOT NULL DEFAULT '',
  note       TEXT NOT NULL DEFAULT '',
  import_id  INTEGER REFERENCES imports (id),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (series_id, period)
) STRICT, WITHOUT ROWID;
INSERT INTO observations_v6 (series_id, period, value, qualifier, source, note, import_id, updated_at)
  SELECT series_id, period, value, qualifier, source, note, import_id, updated_at FROM observations;
DROP TABLE observations;
ALTER TABLE observations_v6 RENAME TO observations;
-- The seeded estimate that came from the press, not from AMD, says so (as a new workbook's does).
UPDATE observations SET qualifier = 'inference'
WHERE qualifier = 'lower_bound' AND note LIKE 'press estimate%'
  AND series_id = (SELECT id FROM series WHERE key = 'amd.instinct_revenue_est');

-- AMD's Instinct and EPYC revenue as the market model rebuilds them: computed when read
-- (db/derived-series.ts), so the rows hold no values. Placed after the Instinct estimates.
INSERT INTO series (key, label, unit, kind, company, metric, fiscal_calendar, notes, sort_order, min_value)
SELECT d.key, d.label, 'USD millions', 'derived', 'AMD', d.metric, e.fiscal_calendar, d.notes,
       e.sort_order + d.offset, 0
FROM series e JOIN (
  SELECT 'amd.instinct_revenue_implied' AS key, 'AMD Instinct revenue (implied)' AS label,
    'instinct_revenue_implied' AS metric, 1 AS offset,
    'Computed, not typed: AMD Data Center revenue minus an EPYC estimate (AMD''s x86 server revenue share × an x86 server CPU market pinned by AMD''s Instinct statements: 2023Q4, 2024Q2, 2024), held within 0 and Data Center revenue. Your own quarterly values in amd.instinct_revenue_est win where present. Method: docs/MODEL.md, section 1.2.' AS notes
  UNION ALL SELECT 'amd.epyc_revenue_implied', 'AMD EPYC revenue (implied)', 'epyc_revenue_implied', 2,
    'Computed, not typed: AMD Data Center revenue minus the implied Instinct revenue (amd.instinct_revenue_implied). Method: docs/MODEL.md, section 1.2.'
) d
WHERE e.key = 'amd.instinct_revenue_est'
  AND NOT EXISTS (SELECT 1 FROM series x WHERE x.key = d.key);

-- Deployment agreements (projection/market/deals.ts), a committed-revenue floor per scenario.
CREATE TABLE scenario_deals (
  id                  INTEGER PRIMARY KEY,
  scenario_id         INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  sort_order          INTEGER NOT NULL,
  name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
  gigawatts           REAL NOT NULL CHECK (gigawatts >= 0),
  start_quarter       TEXT NOT NULL,
  ramp_years          REAL NOT NULL CHECK (ramp_years > 0),
  usd_billions_per_gw REAL NOT NULL CHECK (usd_billions_per_gw >= 0),
  amd_content_share   REAL NOT NULL CHECK (amd_content_share BETWEEN 0 AND 1),
  source              TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX scenario_deals_by_scenario ON scenario_deals (scenario_id, sort_order);

-- Old keys that keep their meaning on the new model. A single AMD ramp becomes the same ramp in
-- both segments, the single XPU end share the end share of both, its end year the shares' end
-- year. Per-year TAM growth overrides (year > 0) stay; they now change the projected year that
-- starts in that calendar year. What has no place any more (the base-year TAM, the XPU start
-- share and year, the TAM growth of 2024, which is history now) is dropped.
CREATE TEMP TABLE key_map (old TEXT NOT NULL, new TEXT NOT NULL);
INSERT INTO key_map (old, new) VALUES
  ('tam.growthFade', 'tam.growthFade'),
  ('xpu.shareEnd', 'xpu.trainingShareEnd'),
  ('xpu.shareEnd', 'xpu.inferenceShareEnd'),
  ('xpu.endYear', 'shares.endYear'),
  ('amd.shareFloor', 'amd.training.shareFloor'),
  ('amd.shareFloor', 'amd.inference.shareFloor'),
  ('amd.shareCeiling', 'amd.training.shareCeiling'),
  ('amd.shareCeiling', 'amd.inference.shareCeiling'),
  ('amd.rampMidpoint', 'amd.training.rampMidpoint'),
  ('amd.rampMidpoint', 'amd.inference.rampMidpoint'),
  ('amd.rampSpeed', 'amd.training.rampSpeed'),
  ('amd.rampSpeed', 'amd.inference.rampSpeed'),
  ('amd.rampSpeedVsX86', 'amd.rampSpeedVsEpyc'),
  ('amd.grossMargin', 'amd.grossMargin'),
  ('capex.growth', 'capex.growth'),
  ('capex.acceleratorFraction', 'capex.acceleratorFraction'),
  ('hyperscaler.demandShare', 'hyperscaler.demandShare');

CREATE TEMP TABLE converted AS
  SELECT a.scenario_id, m.new AS key, a.value
  FROM assumptions a JOIN key_map m ON m.old = a.key
  WHERE a.year = 0;
DELETE FROM assumptions WHERE year = 0;
INSERT INTO assumptions (scenario_id, key, year, value)
  SELECT scenario_id, key, 0, value FROM converted;

-- Every new assumption written out with the default of this version, as a new workbook's
-- scenarios are, so the scenario keeps its numbers when a later version changes a default.
-- A converted value that breaks a rule of the new model (an XPU end share that leaves no room for
-- the other merchants' end share) is kept; the app refuses to run that scenario and names why.
INSERT OR IGNORE INTO assumptions (scenario_id, key, year, value)
  SELECT s.id, d.key, 0, d.value FROM scenarios s CROSS JOIN (
    SELECT 'tam.driver' AS key, 0 AS value
    UNION ALL SELECT 'tam.growth', 0.55
    UNION ALL SELECT 'tam.growthFade', 0.35
    UNION ALL SELECT 'segments.inferenceShareStart', 0.4
    UNION ALL SELECT 'segments.inferenceStartYear', 2024
    UNION ALL SELECT 'segments.inferenceShareEnd', 0.7
    UNION ALL SELECT 'segments.inferenceEndYear', 2030
    UNION ALL SELECT 'xpu.trainingShareEnd', 0.15
    UNION ALL SELECT 'xpu.inferenceShareEnd', 0.3
    UNION ALL SELECT 'other.trainingShareEnd', 0.02
    UNION ALL SELECT 'other.inferenceShareEnd', 0.05
    UNION ALL SELECT 'shares.endYear', 2030
    UNION ALL SELECT 'amd.training.shareFloor', 0.03
    UNION ALL SELECT 'amd.training.shareCeiling', 0.1
    UNION ALL SELECT 'amd.training.rampMidpoint', 2029
    UNION ALL SELECT 'amd.training.rampSpeed', 0.16
    UNION ALL SELECT 'amd.inference.shareFloor', 0.04
    UNION ALL SELECT 'amd.inference.shareCeiling', 0.22
    UNION ALL SELECT 'amd.inference.rampMidpoint', 2027.5
    UNION ALL SELECT 'amd.inference.rampSpeed', 0.24
    UNION ALL SELECT 'amd.rampSpeedVsEpyc', 0
    UNION ALL SELECT 'capex.guidanceYear', 2026
    UNION ALL SELECT 'capex.guidance', 630000
    UNION ALL SELECT 'capex.growth', 0.15
    UNION ALL SELECT 'capex.growthFade', 0.25
    UNION ALL SELECT 'capex.acceleratorFraction', 0.3
    UNION ALL SELECT 'hyperscaler.demandShare', 0.5
    UNION ALL SELECT 'amd.grossMargin', 0.5
  ) d;

-- The OpenAI and Meta agreements (statements) for every scenario, as a new workbook has them.
INSERT INTO scenario_deals
  (scenario_id, sort_order, name, gigawatts, start_quarter, ramp_years, usd_billions_per_gw, amd_content_share, source)
  SELECT s.id, d.sort_order, d.name, 6, '2026Q3', 4, 50, 0.25, d.source FROM scenarios s CROSS JOIN (
    SELECT 10 AS sort_order, 'OpenAI' AS name,
      'https://www.nasdaq.com/articles/openai-deploy-6-gigawatts-amd-gpus' AS source
    UNION ALL SELECT 20, 'Meta',
      'https://evertiq.com/design/2026-02-25-amd-and-meta-sign-multi-year-deal-for-up-to-6gw-of-ai-gpu-capacity'
  ) d;

DROP TABLE converted;
DROP TABLE key_map;
