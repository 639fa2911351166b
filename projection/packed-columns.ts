/**
 * Columns for packing many records into a short JSON text (packed-cells.ts for IPC replies,
 * packed-cell-changes.ts for the journal): one array per field, texts written once in a table and
 * referred to by index, and a field every record shares written once. Pure.
 */

/** A column: one entry per record, or one value every record shares. */
export type Column<T> = T[] | { readonly all: T };

/**
 * The column of what `read` gives each record, each written by `entry`: once when every record
 * gives the same (a paste's source, time, qualifier), compared before any entry is made.
 */
export function columnOf<R, V, E>(
  records: readonly R[],
  read: (record: R) => V,
  entry: (value: V) => E,
): Column<E> {
  if (records.length === 0) return [];
  const first = read(records[0]!);
  let isShared = true;
  for (let i = 1; i < records.length && isShared; i++) isShared = Object.is(read(records[i]!), first);
  return isShared ? { all: entry(first) } : records.map((record) => entry(read(record)));
}

/** Record `index`'s entry of a column. */
export const at = <T>(col: Column<T>, index: number): T => (Array.isArray(col) ? col[index]! : col.all);

/** A table of distinct texts: `index` gives a text's place in `texts` (added on first use; null: -1). */
export function textTable(): { readonly texts: string[]; index(value: string | null): number } {
  const texts: string[] = [];
  const indexOf = new Map<string, number>();
  return {
    texts,
    index(value) {
      if (value === null) return -1;
      let index = indexOf.get(value);
      if (index === undefined) {
        index = texts.push(value) - 1;
        indexOf.set(value, index);
      }
      return index;
    },
  };
}

/** The same value: the entry of a column that holds what it reads as it is. */
export const same = <T>(value: T): T => value;

/**
 * A column of indexes: as Column, or as runs when that is shorter, each run three numbers
 * (first, step, count): a 100 × 100 block's series are 100 runs of one index, its periods 100
 * runs counting up, 600 numbers instead of 20,000.
 */
export type IndexColumn = Column<number> | { readonly runs: number[] };

export function indexColumnOf<R>(records: readonly R[], read: (record: R) => number): IndexColumn {
  const plain = columnOf(records, read, same);
  if (!Array.isArray(plain)) return plain;
  const runs: number[] = [];
  for (let i = 0; i < plain.length;) {
    const first = plain[i]!;
    const step = i + 1 < plain.length ? plain[i + 1]! - first : 0;
    let count = 1;
    while (i + count < plain.length && plain[i + count] === first + step * count) count++;
    runs.push(first, step, count);
    if (runs.length >= plain.length) return plain;
    i += count;
  }
  return runs.length < plain.length ? { runs } : plain;
}

/** An index column as a Column: its runs written out. */
export function expandIndexColumn(col: IndexColumn): Column<number> {
  if (Array.isArray(col) || !('runs' in col)) return col;
  const entries: number[] = [];
  for (let r = 0; r < col.runs.length; r += 3) {
    const [first, step, count] = [col.runs[r]!, col.runs[r + 1]!, col.runs[r + 2]!];
    for (let k = 0; k < count; k++) entries.push(first + step * k);
  }
  return entries;
}

/**
 * Why an index column from outside (a request) cannot be read as `count` indexes into a list of
 * `size`, or null when it can: checked before any run is written out, so a run claiming a billion
 * entries is refused, not expanded.
 */
export function indexColumnProblem(col: IndexColumn, count: number, size: number): string | null {
  const inList = (index: number) => Number.isInteger(index) && index >= 0 && index < size;
  if (Array.isArray(col)) {
    if (col.length !== count) return `has ${col.length} entries for ${count} cells`;
    const at = col.findIndex((index) => !inList(index));
    return at < 0 ? null : `entry ${at + 1} (${col[at]}) is outside the ${size} listed`;
  }
  if (!('runs' in col)) return inList(col.all) ? null : `${col.all} is outside the ${size} listed`;
  if (col.runs.length % 3 !== 0) return 'has runs of other than three numbers';
  let total = 0;
  for (let r = 0; r < col.runs.length; r += 3) {
    const [first, step, runCount] = [col.runs[r]!, col.runs[r + 1]!, col.runs[r + 2]!];
    if (!Number.isInteger(runCount) || runCount < 1) return `run ${r / 3 + 1} counts ${runCount}`;
    if (!Number.isInteger(step) || !inList(first) || !inList(first + step * (runCount - 1))) {
      return `run ${r / 3 + 1} goes outside the ${size} listed`;
    }
    total += runCount;
    if (total > count) break;
  }
  return total === count ? null : `has runs for ${total > count ? 'more' : total} cells, not ${count}`;
}
