-- Schema version 3: observations are no longer indexed by import.
--
-- The index made every value an import writes cost a second B-tree insert (a quarter of a large
-- import's time, and a sixth of its file growth) to speed up one rare operation: undoing an
-- import, which now finds the values it added by scanning the observations (a few milliseconds
-- for a workbook of thousands of values, about 0.1 s for a million).
DROP INDEX observations_by_import_id;
