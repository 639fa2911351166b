import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile, previewImport, undoImport } from '../../db/import';
import type { Db } from '../../db/workbook';
import { Refusal } from '../../projection/refusal';

/**
 * Property-based robustness of the importer, shared by the tests (1,000 cases) and the benchmark
 * script (more): files made from plausible cells in every form the importer reads, then mutated
 * byte by byte. Whatever the file: no error but Refusal escapes, every issue names a line,
 * a refused file leaves the workbook as it was, and an accepted one is undone exactly.
 */

const PERIODS = [
  '2024Q3',
  '2024-Q3',
  'Q3 2024',
  "Q3'24",
  '3Q24',
  'Q3 FY2025',
  'FY2025Q3',
  'FY2025',
  '2024',
  '2024-09-30',
  '30/09/2024',
  'Q5 2024',
  'H1 2024',
  '',
  'soon',
];
const SERIES = [
  'amd.revenue_data_center',
  'amd.x86_server_unit_share',
  'AMD Data Center revenue',
  'nvidia.revenue_data_center',
  'amd.nothing',
  '',
  'amd.instinct_revenue_est',
];
const COMPANIES = ['AMD', 'NVIDIA', 'Acme', '', 'Microsoft'];
const METRICS = ['revenue_data_center', 'widgets', '', 'x86_server_unit_share'];
const VALUES = [
  '1234',
  '1,234.5',
  '(5)',
  '-$1.2bn',
  '€3',
  '23.3%',
  '500K',
  '—',
  'n/a',
  '',
  '12abc',
  '1.234,5',
  '1e999',
  '0',
];
const UNITS = ['USD millions', 'USD billions', 'percent', '', 'EUR'];
const TEXTS = [
  '',
  'https://example.com/a',
  'a "quoted" note',
  'line\nbreak',
  'semi;colon',
  'comma, inside',
  'tab\there',
];

const ROLE_CELLS: Readonly<Record<string, readonly string[]>> = {
  period: PERIODS,
  series: SERIES,
  company: COMPANIES,
  metric: METRICS,
  value: VALUES,
  unit: UNITS,
  source: TEXTS,
  note: TEXTS,
  qualifier: ['', 'approx', '>', 'bogus'],
};

function quote(cell: string, delimiter: string, force: boolean): string {
  const needs = force || cell.includes(delimiter) || /["\r\n]/.test(cell);
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A CSV file as bytes, before mutation. */
const csvFile = fc
  .record({
    header: fc.shuffledSubarray(Object.keys(ROLE_CELLS), { minLength: 1 }),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    hasBom: fc.boolean(),
    rows: fc.array(fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), { maxLength: 12 }),
    quoting: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
  })
  .map(({ header, delimiter, lineEnd, hasBom, rows, quoting }) => {
    const lines = [header.join(delimiter)];
    for (const picks of rows) {
      lines.push(
        header
          .map((role, i) =>
            quote(ROLE_CELLS[role]![picks[i]! % ROLE_CELLS[role]!.length]!, delimiter, quoting[i]!),
          )
          .join(delimiter),
      );
    }
    return Buffer.from(`${hasBom ? '\ufeff' : ''}${lines.join(lineEnd)}${lineEnd}`);
  });

type Mutation = {
  kind: 'insert' | 'delete' | 'replace' | 'duplicate';
  at: number;
  length: number;
  byte: number;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 8 }),
  byte: fc.oneof(
    fc.constantFrom(0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x09, 0x00, 0xff, 0xc3),
    fc.integer({ min: 0, max: 255 }),
  ),
});

function mutate(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  let out = bytes;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    const end = Math.min(out.length, at + m.length);
    if (m.kind === 'insert')
      out = Buffer.concat([out.subarray(0, at), Buffer.from([m.byte]), out.subarray(at)]);
    if (m.kind === 'delete') out = Buffer.concat([out.subarray(0, at), out.subarray(end)]);
    if (m.kind === 'replace')
      out = Buffer.concat([out.subarray(0, at), Buffer.alloc(end - at, m.byte), out.subarray(end)]);
    if (m.kind === 'duplicate')
      out = Buffer.concat([out.subarray(0, end), out.subarray(at, end), out.subarray(end)]);
  }
  return out;
}

/** Generated files, some left intact and most mutated. */
export const importFiles = fc
  .tuple(csvFile, fc.array(mutation, { maxLength: 4 }))
  .map(([bytes, ms]) => mutate(bytes, ms));

const UNDO_TABLES = ['observations', 'series', 'fiscal_calendars'];

function state(db: Db, tables: readonly string[]): string {
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}

function expectIssuesNameLines(error: Refusal): void {
  if (error.code === 'rejected' && error.issues.length === 0)
    throw new Error(`a rejection names no line: ${error.message}`);
  for (const issue of error.issues)
    if (!(issue.line >= 1)) throw new Error(`an issue names no line: ${JSON.stringify(issue)}`);
  if (error.code === 'rejected' && !/^line \d+/.test(error.message))
    throw new Error(`the reason names no line: ${error.message}`);
}

/**
 * One case of the property: throws (failing it) when the importer misbehaves on `bytes`; else says
 * whether the file was imported (and undone) or refused.
 */
export async function checkImportOf(
  db: Db,
  dir: string,
  bytes: Buffer,
  index: number,
  onError: 'reject' | 'skip',
): Promise<'imported' | 'refused'> {
  const path = join(dir, `fuzz-${index % 8}.csv`);
  writeFileSync(path, bytes);
  const all = [
    'observations',
    'series',
    'fiscal_calendars',
    'imports',
    'journal',
    'import_replaced',
    'import_series',
  ];
  const before = state(db, all);
  try {
    const preview = await previewImport(db, { path, options: { onError } });
    for (const issue of preview.issues)
      if (!(issue.line >= 1)) throw new Error(`an issue names no line: ${JSON.stringify(issue)}`);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    expectIssuesNameLines(error);
  }
  if (state(db, all) !== before) throw new Error('a preview changed the workbook');
  const beforeUndo = state(db, UNDO_TABLES);
  let importId: number | null = null;
  try {
    importId = (await importFile(db, { path, options: { onError } })).importId;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    expectIssuesNameLines(error);
    if (state(db, all) !== before)
      throw new Error(`a refused file changed the workbook: ${error.message}`, { cause: error });
  }
  if (importId === null) return 'refused';
  undoImport(db, importId);
  if (state(db, UNDO_TABLES) !== beforeUndo)
    throw new Error(`undoing import ${importId} did not restore the workbook`);
  return 'imported';
}

/**
 * Runs `runs` generated cases against `db`; rejects with fast-check's counterexample on failure.
 * Resolves with how many files were imported and how many refused.
 */
export async function fuzzImports(
  db: Db,
  dir: string,
  runs: number,
  seed?: number,
): Promise<Record<'imported' | 'refused', number>> {
  let index = 0;
  const outcomes = { imported: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(
      importFiles,
      fc.constantFrom<'reject' | 'skip'>('reject', 'skip'),
      async (bytes, onError) => {
        outcomes[await checkImportOf(db, dir, bytes, index++, onError)]++;
      },
    ),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  return outcomes;
}
