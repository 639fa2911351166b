-- Schema version 2: what imports replaced (so each can be undone exactly), the series they
-- created, and saved import recipes. See docs/FILE-FORMAT.md, "Imports".

-- One row per value an import overwrote: the observation exactly as it was before.
CREATE TABLE import_replaced (
  import_id        INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  series_id        INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
  period           TEXT NOT NULL,
  value            REAL NOT NULL,
  qualifier        TEXT NOT NULL,
  source           TEXT NOT NULL,
  note             TEXT NOT NULL,
  import_id_before INTEGER REFERENCES imports (id),
  updated_at       TEXT NOT NULL,
  PRIMARY KEY (import_id, series_id, period)
) STRICT, WITHOUT ROWID;

-- Finds the imports whose values a later import overwrote (undo goes newest first).
CREATE INDEX import_replaced_by_import_id_before ON import_replaced (import_id_before);

-- Series an import created; undoing the import removes them again once they hold no values.
CREATE TABLE import_series (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  series_id INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
  PRIMARY KEY (import_id, series_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX import_series_by_series_id ON import_series (series_id);

-- A saved mapping and options, offered again for a file whose header has the same shape.
CREATE TABLE import_recipes (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  header_signature TEXT NOT NULL,
  mapping          TEXT NOT NULL,
  options          TEXT NOT NULL DEFAULT '{}',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX import_recipes_by_header_signature ON import_recipes (header_signature);
