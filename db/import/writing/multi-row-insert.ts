import type Database from 'better-sqlite3';
import type { Db } from '../../db';

/** The named parameters every row of an import's INSERTs shares. */
export interface InsertConstants {
  readonly importId: number;
  readonly now: string;
}

/** Multi-row INSERTs of `row` after `prefix`, prepared once per row count (a full one, and the remainders). */
export class MultiRowInsert {
  private readonly byRows = new Map<number, Database.Statement>();

  constructor(
    private readonly db: Db,
    private readonly prefix: string,
    private readonly row: string,
    private readonly columns: number,
  ) {}

  /** Inserts the rows whose columns are `args`, one after another; `named` binds the @ parameters. */
  run(args: readonly unknown[], named: object): void {
    const rows = args.length / this.columns;
    let statement = this.byRows.get(rows);
    if (!statement) {
      statement = this.db.prepare(`${this.prefix} ${Array(rows).fill(this.row).join(', ')}`);
      this.byRows.set(rows, statement);
    }
    // Spread, not an array: better-sqlite3 reads an array's elements through generic property
    // lookups, several V8 calls per value.
    statement.run(...args, named);
  }
}

/**
 * Exact values without a note, queued for multi-row INSERTs of `rowsPerInsert` rows. When every row
 * of a statement has the same source (in a large file, nearly always), it is bound once, as
 * `@source`, instead of once per row: converting a string for SQLite is most of what binding a row
 * costs (a tenth less time per INSERT on the benchmark's rows).
 */
export class PlainRows {
  /** Series id, period and value of each row. */
  private readonly args: unknown[] = [];
  private readonly sources: string[] = [];
  private isOneSource = true;

  constructor(
    /** Rows of 3 columns and `@source`. */
    private readonly oneSource: MultiRowInsert,
    /** Rows of 4 columns, the source last. */
    private readonly eachSource: MultiRowInsert,
    private readonly constants: InsertConstants,
    private readonly rowsPerInsert: number,
  ) {}

  push(seriesId: number, period: string, value: number, source: string): void {
    if (this.sources.length > 0 && source !== this.sources[0]) this.isOneSource = false;
    this.args.push(seriesId, period, value);
    this.sources.push(source);
    if (this.sources.length === this.rowsPerInsert) this.flush();
  }

  /** Inserts the rows queued. */
  flush(): void {
    const n = this.sources.length;
    if (n === 0) return;
    if (this.isOneSource) {
      this.oneSource.run(this.args, { ...this.constants, source: this.sources[0] });
    } else {
      const args: unknown[] = [];
      for (let k = 0; k < n; k++)
        args.push(this.args[3 * k], this.args[3 * k + 1], this.args[3 * k + 2], this.sources[k]);
      this.eachSource.run(args, this.constants);
    }
    this.args.length = 0;
    this.sources.length = 0;
    this.isOneSource = true;
  }
}
