import type Database from 'better-sqlite3';

/**
 * An open workbook connection. Declared apart from workbook.ts (which opens, migrates and seeds
 * files) so that repositories and commands can name it without importing what imports them.
 */
export type Db = Database.Database;
