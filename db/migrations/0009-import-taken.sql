-- Schema version 9: what undoing an import took away (the cells it wrote that still held its
-- values, as they stood), kept here rather than in the undo's journal entry, so that putting the
-- import back (Ctrl+Z of the undo, Ctrl+Y of an import step) writes them again. In the entry, a
-- million-value import's cells were 189 MB of JSON. Series by key: an import's new series are deleted
-- when it is taken away and made again, perhaps under another row id, when it is put back. Each
-- taking has its own number, named by the journal entry that made it: an import's undo through the
-- import history and through Ctrl+Z of its step are different entries, each undone and redone on
-- its own.
CREATE TABLE import_taken (
  taking     INTEGER NOT NULL,
  import_id  INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  series_key TEXT NOT NULL,
  period     TEXT NOT NULL,
  value      REAL NOT NULL,
  qualifier  TEXT NOT NULL,
  source     TEXT NOT NULL,
  note       TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- What the cell held before the import, copied from import_replaced when the taking is made
  -- (its rows go with a series deleted and made again); NULL: the import added the cell.
  before_value      REAL,
  before_qualifier  TEXT,
  before_source     TEXT,
  before_note       TEXT,
  before_import_id  INTEGER,
  before_updated_at TEXT,
  PRIMARY KEY (taking, series_key, period)
) STRICT, WITHOUT ROWID;
