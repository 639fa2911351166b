-- Schema version 10: an `observations.set` journal entry (a paste, fill, clear or cut) stores its
-- cells by column (`packed`: projection/packed-cell-changes.ts) instead of as a `cells` array of
-- objects, which for a 10,000-cell paste was 2.7 MB of JSON checked, parsed and written on every
-- paste. No table changes and no entry is rewritten: entries written before keep their `cells`
-- and are read as they are. The version moves so that an app of schema 9, which cannot read a
-- packed entry, refuses the file instead of misreading its history.
SELECT 1;
