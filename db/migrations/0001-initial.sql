-- Schema version 1: the workbook's tables. Every table is STRICT; see docs/FILE-FORMAT.md.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- A fiscal calendar is named by id and known by the month its fiscal year ends (12 = calendar).
CREATE TABLE fiscal_calendars (
  id                    TEXT PRIMARY KEY,
  label                 TEXT NOT NULL,
  fiscal_year_end_month INTEGER NOT NULL CHECK (fiscal_year_end_month BETWEEN 1 AND 12),
  note                  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE imports (
  id          INTEGER PRIMARY KEY,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  recipe      TEXT,
  options     TEXT NOT NULL DEFAULT '{}',
  inserted    INTEGER NOT NULL DEFAULT 0,
  updated     INTEGER NOT NULL DEFAULT 0,
  unchanged   INTEGER NOT NULL DEFAULT 0,
  skipped     INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT NOT NULL,
  undone_at   TEXT
) STRICT;

CREATE TABLE series (
  id              INTEGER PRIMARY KEY,
  key             TEXT NOT NULL UNIQUE CHECK (key GLOB '?*.?*' AND key NOT GLOB '*[^a-z0-9_.]*'),
  label           TEXT NOT NULL,
  unit            TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('reported', 'estimate', 'derived')),
  company         TEXT NOT NULL,
  metric          TEXT NOT NULL,
  fiscal_calendar TEXT NOT NULL REFERENCES fiscal_calendars (id),
  notes           TEXT NOT NULL DEFAULT '',
  sort_order      INTEGER NOT NULL
) STRICT;

-- One value per series and calendar period: a quarter `YYYYQn` or a full year `YYYY`.
CREATE TABLE observations (
  series_id  INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
  period     TEXT NOT NULL CHECK (
    period GLOB '[12][0-9][0-9][0-9]Q[1-4]' OR period GLOB '[12][0-9][0-9][0-9]'
  ),
  value      REAL NOT NULL,
  qualifier  TEXT NOT NULL DEFAULT 'exact'
    CHECK (qualifier IN ('exact', 'approx', 'lower_bound', 'upper_bound')),
  source     TEXT NOT NULL DEFAULT '',
  note       TEXT NOT NULL DEFAULT '',
  import_id  INTEGER REFERENCES imports (id),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (series_id, period)
) STRICT, WITHOUT ROWID;

CREATE INDEX observations_by_import_id ON observations (import_id);

-- Dated guidance and claims. `value_low`/`value_high` hold a number or a range; `value_text`
-- keeps what the source said (blank for qualitative statements).
CREATE TABLE statements (
  id         INTEGER PRIMARY KEY,
  stated_on  TEXT NOT NULL DEFAULT '',
  speaker    TEXT NOT NULL,
  quantity   TEXT NOT NULL,
  value_low  REAL,
  value_high REAL,
  value_text TEXT NOT NULL DEFAULT '',
  unit       TEXT NOT NULL DEFAULT '',
  period     TEXT NOT NULL DEFAULT '',
  source     TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE scenarios (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  probability REAL NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 1),
  sort_order  INTEGER NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

-- `year` 0 holds the scenario's value; a non-zero year overrides it for that year only.
CREATE TABLE assumptions (
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  key         TEXT NOT NULL,
  year        INTEGER NOT NULL DEFAULT 0,
  value       REAL NOT NULL,
  PRIMARY KEY (scenario_id, key, year)
) STRICT, WITHOUT ROWID;

-- The edit journal: every change a user makes, with what it replaced, so it can be undone
-- (even after a restart) and audited.
CREATE TABLE edits (
  id        INTEGER PRIMARY KEY,
  made_at   TEXT NOT NULL,
  action    TEXT NOT NULL,
  target    TEXT NOT NULL,
  before    TEXT,
  after     TEXT,
  undone_at TEXT
) STRICT;
