-- Schema version 6: a value may be an inference, worked out by the user from other figures (a
-- segment split, a share of a total) rather than reported or rounded by a source. SQLite cannot
-- change a CHECK constraint in place, so the observations table is rebuilt with the same columns
-- and rows (no other table references it, and it has no index since schema 3).
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
