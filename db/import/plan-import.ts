import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DecimalMark } from '../../projection/number-text';
import { repositories } from '../repositories';
import type { Db } from '../db';
import {
  guessDecimal,
  guessDelimiter,
  guessHeaderRow,
  guessMapping,
  sampleRecords,
  type SampleRecord,
} from './reading/guess-mapping';
import { headerSignature, nameColumns } from './sources/headers';
import type {
  ImportDelimiter,
  ImportMapping,
  ImportOptions,
  ImportPreview,
  ImportRequest,
} from './import-types';
import { checkOptions } from './reading/import-options';
import type { SeriesCatalog } from './reading/series-resolver';
import type { ValueReaderSettings } from './reading/value-reader';
import { recipeMapping } from './reading/recipes';
import { readTextSample } from './sources/text-source';
import { listSheets, readXlsxRecords } from './sources/xlsx-source';
import { Refusal } from '../../projection/refusal';

const SAMPLE_RECORDS = 200;

/** Everything decided before the file is read in full. */
export interface ImportPlan {
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
  readonly kind: 'text' | 'xlsx';
  readonly sheet: string | null;
  readonly sheets: readonly string[];
  readonly mapping: ImportMapping;
  readonly headers: readonly string[];
  /** The header cells as written (headers are named: "column 3", "value (2)"). */
  readonly rawHeader: readonly string[];
  readonly headerLine: number;
  readonly headerSignature: string;
  readonly options: ImportOptions & { readonly delimiter: ImportDelimiter; readonly decimal: DecimalMark };
  readonly toConfirm: ImportPreview['toConfirm'];
  readonly recipe: string | null;
}

async function fileKind(path: string): Promise<{ kind: 'text' | 'xlsx'; size: number }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new Refusal(
      'invalid',
      `${basename(path)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(8);
    await handle.read(head, 0, 8, 0);
    if (head.readUInt32BE(0) === 0xd0cf11e0) {
      const issue = {
        line: 1,
        column: null,
        value: '',
        message: 'the file is an old Excel .xls workbook; save it as .xlsx or CSV',
      };
      throw new Refusal('rejected', `line 1: ${issue.message}`, issue);
    }
    return { kind: head.toString('latin1', 0, 4) === 'PK\u0003\u0004' ? 'xlsx' : 'text', size };
  } finally {
    await handle.close();
  }
}

function findRecipe(db: Db, name: string | undefined, records: readonly SampleRecord[]) {
  if ((db.pragma('user_version', { simple: true }) as number) < 2) return undefined;
  const recipes = repositories(db).recipes;
  if (name !== undefined) {
    const recipe = recipes.findRecipe(name);
    if (!recipe) throw new Refusal('invalid', `no recipe is called "${name}"`);
    return recipe;
  }
  // A recipe saved for this header shape, found at the header row it was saved with.
  for (let row = 0; row < Math.min(records.length, 20); row++) {
    const found = recipes.findRecipesForHeader(headerSignature(records[row]!.fields));
    const match = found.find((r) => r.mapping.headerRow === row);
    if (match) return match;
  }
  return undefined;
}

/**
 * Reads the start of the file and settles how to read all of it: the sheet, delimiter, header row,
 * shape and column roles, and the decimal mark. What the request gives wins; then a recipe (named,
 * or saved for the same header shape); then the guess.
 */
export async function planImport(db: Db, request: ImportRequest): Promise<ImportPlan> {
  const { kind, size } = await fileKind(request.path);
  let options: ImportOptions = request.options ?? {};
  let sheets: string[] = [];
  let records: SampleRecord[] = [];
  let sheet: string | null = null;
  let delimiter: ImportDelimiter = ',';
  let sample = { text: '', isWhole: true };
  if (kind === 'xlsx') {
    sheets = await listSheets(request.path);
    sheet = await readXlsxRecords(
      request.path,
      options.sheet ?? null,
      (fields, line) => records.push({ fields, line }),
      {},
      SAMPLE_RECORDS,
    );
  } else {
    sample = await readTextSample(request.path);
    delimiter = options.delimiter ?? guessDelimiter(sample.text, sample.isWhole);
    records = sampleRecords(sample.text, delimiter, SAMPLE_RECORDS, sample.isWhole);
  }
  if (records.length === 0) {
    const where = kind === 'xlsx' ? `sheet "${sheet}"` : 'the file';
    const issue = { line: 1, column: null, value: '', message: `${where} holds no rows` };
    throw new Refusal('rejected', `line 1: ${issue.message}`, issue);
  }

  const recipe =
    request.mapping || request.recipe === null ? undefined : findRecipe(db, request.recipe, records);
  if (recipe) {
    const saved = recipe.options;
    options = {
      ...saved,
      ...options,
      fiscalYearEnd: { ...saved.fiscalYearEnd, ...options.fiscalYearEnd },
      seriesChoices: { ...saved.seriesChoices, ...options.seriesChoices },
    };
    if (kind === 'text' && options.delimiter !== delimiter && options.delimiter !== undefined) {
      delimiter = options.delimiter;
      records = sampleRecords(sample.text, delimiter, SAMPLE_RECORDS, sample.isWhole);
    }
  }
  checkOptions(options);
  const mapping =
    request.mapping ??
    (recipe
      ? recipeMapping(recipe.mapping, records)
      : guessMapping(records, guessHeaderRow(records), request.format));
  const header = records[mapping.headerRow]?.fields ?? [];
  const width = Math.max(mapping.columns.length, header.length);
  const columns = [...mapping.columns, ...Array<'ignore'>(width - mapping.columns.length).fill('ignore')];
  const decimalGuess = guessDecimal(records, mapping, delimiter);
  const decimal = kind === 'xlsx' ? '.' : (options.decimal ?? decimalGuess.decimal);
  const toConfirm =
    kind === 'text' && options.decimal === undefined && decimalGuess.evidence !== null
      ? [{ option: 'decimal' as const, guess: decimalGuess.decimal, evidence: decimalGuess.evidence }]
      : [];
  return {
    path: request.path,
    fileName: basename(request.path),
    size,
    kind,
    sheet,
    sheets,
    mapping: { ...mapping, columns },
    headers: nameColumns(header, width),
    rawHeader: header,
    headerLine: records[mapping.headerRow]?.line ?? 1,
    headerSignature: headerSignature(header),
    options: { ...options, delimiter, decimal, ...(kind === 'xlsx' ? { thousands: ',' as const } : {}) },
    toConfirm,
    recipe: recipe?.name ?? null,
  };
}

/** What the reading side needs of a plan (plain data: it may go to a parse worker). */
export function readerSettingsOf(plan: ImportPlan, catalog: SeriesCatalog): ValueReaderSettings {
  return {
    mapping: plan.mapping,
    headers: plan.headers,
    headerLine: plan.headerLine,
    decimal: plan.options.decimal,
    thousands: plan.options.thousands,
    scale: plan.options.scale,
    defaultSource: plan.options.source ?? `file: ${plan.fileName}`,
    company: plan.options.company,
    fiscalYearEnd: plan.options.fiscalYearEnd ?? {},
    seriesChoices: plan.options.seriesChoices ?? {},
    catalog,
  };
}
