import initial from './0001-initial.sql';
import importHistory from './0002-import-history.sql';
import dropImportIdIndex from './0003-drop-import-id-index.sql';
import typedJournal from './0004-typed-journal.sql';
import seriesAliasesAndRanges from './0005-series-aliases-and-ranges.sql';
import marketModel from './0006-market-model.sql';
import vintages from './0007-vintages.sql';
import seriesDisplay from './0008-series-display.sql';
import importTaken from './0009-import-taken.sql';
import packedBatchCells from './0010-packed-batch-cells.sql';

/**
 * Forward-only schema migrations, in order. Migration N (1-based) takes a workbook from
 * `user_version` N-1 to N; the newest schema version is `migrations.length`.
 */
export const migrations: readonly { readonly name: string; readonly sql: string }[] = [
  { name: '0001-initial', sql: initial },
  { name: '0002-import-history', sql: importHistory },
  { name: '0003-drop-import-id-index', sql: dropImportIdIndex },
  { name: '0004-typed-journal', sql: typedJournal },
  { name: '0005-series-aliases-and-ranges', sql: seriesAliasesAndRanges },
  { name: '0006-market-model', sql: marketModel },
  { name: '0007-vintages', sql: vintages },
  { name: '0008-series-display', sql: seriesDisplay },
  { name: '0009-import-taken', sql: importTaken },
  { name: '0010-packed-batch-cells', sql: packedBatchCells },
];

export const SCHEMA_VERSION = migrations.length;
