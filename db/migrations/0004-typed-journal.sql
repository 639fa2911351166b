-- Schema version 4: the journal holds typed changes. Each row is one change, stored as the JSON of
-- projection/journal.ts's JournalChange (its `kind` repeated in a column to filter on), in place
-- of the old `edits` table's action, target string and untyped before/after. Undo and redo will
-- append entries; nothing is marked undone in place, so the old `undone_at` column goes.
CREATE TABLE journal (
  id      INTEGER PRIMARY KEY,
  made_at TEXT NOT NULL,
  kind    TEXT NOT NULL,
  change  TEXT NOT NULL CHECK (json_valid(change) AND json_extract(change, '$.kind') = kind)
) STRICT;

-- Old entries, converted where their old form holds what the typed kind needs. Targets were
-- `SERIES@PERIOD`, `scenario:NAME/KEY`, `scenario:NAME/tam.growth@YEAR`, `scenario:NAME` and
-- `import:ID`; a scenario name may hold "/", so the key is what follows the last one
-- (rtrim(t, replace(t, '/', '')) is t up to its last "/").
WITH old AS (
  SELECT id, made_at, action, target, before, after,
    rtrim(target, replace(target, '/', '')) AS upto_slash
  FROM edits
), typed AS (
  SELECT id, made_at, CASE
    WHEN action = 'observation.set' AND instr(target, '@') > 0 THEN json_object(
      'kind', 'observation.set',
      'series', substr(target, 1, instr(target, '@') - 1),
      'period', substr(target, instr(target, '@') + 1),
      'before', CASE WHEN before IS NULL THEN NULL ELSE json_remove(before, '$.seriesKey', '$.period') END,
      'after', CASE WHEN after IS NULL THEN NULL ELSE json_remove(after, '$.seriesKey', '$.period') END)
    WHEN action = 'scenario.assumption' AND upto_slash LIKE 'scenario:%/' THEN json_object(
      'kind', 'scenario.assumption',
      'scenario', substr(upto_slash, 10, length(upto_slash) - 10),
      'key', substr(target, length(upto_slash) + 1),
      'year', NULL,
      'before', json_extract(coalesce(before, 'null'), '$'),
      'after', json_extract(coalesce(after, 'null'), '$'))
    WHEN action = 'scenario.override' AND upto_slash LIKE 'scenario:%/'
      AND substr(target, length(upto_slash) + 1) LIKE 'tam.growth@%' THEN json_object(
      'kind', 'scenario.assumption',
      'scenario', substr(upto_slash, 10, length(upto_slash) - 10),
      'key', 'tam.growth',
      'year', CAST(substr(target, length(upto_slash) + 12) AS INTEGER),
      'before', json_extract(coalesce(before, 'null'), '$'),
      'after', json_extract(coalesce(after, 'null'), '$'))
    WHEN action = 'scenario.update' AND target LIKE 'scenario:%' AND before IS NOT NULL
      AND after IS NOT NULL THEN json_object(
      'kind', 'scenario.update',
      'scenario', substr(target, 10),
      'before', json(before),
      'after', json(after))
    WHEN action = 'scenario.delete' AND before IS NOT NULL THEN json_object(
      'kind', 'scenario.delete',
      'before', json_remove(before, '$.id'))
    WHEN action = 'import.commit' AND after IS NOT NULL THEN json_object(
      'kind', 'import.commit',
      'importId', json_extract(after, '$.importId'),
      'fileName', json_extract(after, '$.fileName'),
      'sha256', json_extract(after, '$.sha256'),
      'counts', json_object(
        'inserted', json_extract(after, '$.inserted'),
        'updated', json_extract(after, '$.updated'),
        'unchanged', json_extract(after, '$.unchanged'),
        'skipped', json_extract(after, '$.skipped'),
        'seriesCreated', json_extract(after, '$.seriesCreated')),
      'fiscalCalendars', json('[]'),
      'recipe', NULL,
      'aliases', json('[]'))
    WHEN action = 'import.undo' AND after IS NOT NULL THEN json_object(
      'kind', 'import.undo',
      'importId', json_extract(after, '$.importId'),
      'restored', json_extract(after, '$.restored'),
      'removed', json_extract(after, '$.removed'),
      'kept', json_extract(after, '$.kept'),
      'seriesRemoved', json_extract(after, '$.seriesRemoved'))
    ELSE json_object(
      'kind', 'legacy',
      'action', action,
      'target', target,
      'before', json(coalesce(before, 'null')),
      'after', json(coalesce(after, 'null')))
  END AS change
  FROM old
)
INSERT INTO journal (id, made_at, kind, change)
SELECT id, made_at, json_extract(change, '$.kind'), change FROM typed ORDER BY id;

DROP TABLE edits;
