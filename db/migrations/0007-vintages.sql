-- Schema version 7: vintages, scenarios frozen on a date with what they projected
-- (projection/vintage.ts), to be read, copied and scored against what is reported later.
-- The snapshot is the whole VintageSnapshot as JSON: it is written once and never changed.
CREATE TABLE vintages (
  id        INTEGER PRIMARY KEY,
  scenario  TEXT NOT NULL,
  label     TEXT NOT NULL CHECK (length(trim(label)) > 0),
  frozen_at TEXT NOT NULL,
  snapshot  TEXT NOT NULL CHECK (json_valid(snapshot))
) STRICT;
