import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitImport, importFile, previewImport, type ImportPreview } from '../../../../db/import';
import { Refusal } from '../../../../projection/refusal';
import type { ValueBatch } from '../../../../db/import/reading/value-batch';
import { forEachBatch, type BatchSource } from '../../../../db/import/value-source';
import { openWorkbook, type Workbook } from '../../../../db/workbook';
import { defaultWorkbook, snapshot, writeDataFile } from '../../../helpers/import-fixtures';
import { makeTempDir } from '../../../helpers/temp-dir';

/**
 * Large text files are read on a parse worker thread (dist/workers/parse-worker.cjs, built by
 * `npm run build`, which `npm test` runs first). Whatever thread reads the file, the preview, the
 * result and the workbook must be the same; errors, cancel and files that are not UTF-8 must
 * leave the workbook as it was.
 */

const PARSE_WORKER = join(process.cwd(), 'dist', 'workers', 'parse-worker.cjs');
const NOW = '2026-11-30T00:00:00.000Z';
const temp = makeTempDir();
const open: Workbook[] = [];
afterAll(() => {
  open.forEach((wb) => wb.close());
  temp.cleanup();
});

let template: string;
let copies = 0;

/** A copy of one default workbook, so that two copies differ only by what is done to them. */
function workbook(): Workbook {
  const path = join(temp.dir, `copy-${++copies}.iwb`);
  copyFileSync(template, path);
  const wb = openWorkbook(path);
  open.push(wb);
  return wb;
}

/**
 * About 3 MB (the worker takes files from 2 MB): 50 new series x 1,000 quarters, with a changed
 * and an unchanged value of an existing series, NVIDIA fiscal quarters, blanks, quoted notes
 * holding commas, quotes and line breaks, CRLF line ends, and (when `withErrors`) a text value,
 * a repeated series and period and a text after a closing quote.
 */
function largeFile(withErrors: boolean): string {
  const lines = ['period,company,metric,value,source,note'];
  for (let s = 0; s < 50; s++) {
    for (let p = 0; p < 1000; p++) {
      const period = `${1950 + (p >> 2)}Q${(p & 3) + 1}`;
      const value = p % 97 === 0 ? 'n/a' : `${(s * 131 + p * 17) % 100000}.${p % 10}`;
      // Quoted line breaks only after the error rows, so that those keep line = index + 1.
      const note = p % 250 === 0 && s >= 45 ? '"split, ""quoted""\nnote"' : '';
      lines.push(`${period},Co${s},metric ${s % 7},${value},https://example.org/${s},${note}`);
    }
  }
  lines.push('2025Q1,AMD,revenue_data_center,3700,https://new,');
  lines.push('Q3 FY2025,NVIDIA,revenue_data_center,"30,771",https://nvidia,fiscal');
  if (withErrors) {
    lines.splice(20_000, 0, '2001Q1,Co3,metric 3,12abc,https://bad,');
    lines.splice(30_000, 0, '1950Q2,Co0,metric 0,1,https://again,');
    lines.splice(40_000, 0, '2002Q1,Co4,metric 4,"5"x,https://bad,');
  }
  return `${lines.join('\r\n')}\r\n`;
}

let clean: string;
let withErrors: string;
beforeAll(() => {
  if (!existsSync(PARSE_WORKER)) throw new Error(`${PARSE_WORKER} is missing: run npm run build first`);
  const wb = defaultWorkbook(temp.dir);
  template = wb.path;
  wb.close();
  clean = writeDataFile(temp.dir, largeFile(false));
  withErrors = writeDataFile(temp.dir, largeFile(true));
});

/** A preview without its id, which differs from one preview to the next. */
function comparable(preview: ImportPreview) {
  const { previewId: _id, ...rest } = preview;
  return rest;
}

describe('the parse worker', () => {
  it('imports a large file exactly as the calling thread does', async () => {
    const here = workbook();
    const there = workbook();
    const a = await importFile(here.db, { path: clean }, { now: NOW });
    const b = await importFile(there.db, { path: clean }, { now: NOW, parseWorker: PARSE_WORKER });
    expect(b).toEqual(a);
    // 50 series x 1,000 quarters, less 11 blanks each; AMD 2025Q1 and NVIDIA Q3 FY2025 (2024Q3) change.
    expect(a).toMatchObject({
      inserted: 50 * 1000 - 50 * 11,
      updated: 2,
      unchanged: 0,
      skipped: 0,
      seriesCreated: 50,
    });
    expect(snapshot(there.db)).toEqual(snapshot(here.db));
  });

  it('previews a file with errors as the calling thread does, and skips them alike', async () => {
    const here = workbook();
    const there = workbook();
    const p = await previewImport(here.db, { path: withErrors }, { rowLimit: 500 });
    const q = await previewImport(
      there.db,
      { path: withErrors },
      { rowLimit: 500, parseWorker: PARSE_WORKER },
    );
    expect(comparable(q)).toEqual(comparable(p));
    expect(p.issues.map((i) => [i.line, i.column])).toEqual([
      [20_001, 'value'],
      [30_001, 'value'],
      [40_001, null],
    ]);
    expect(p.issues[1]!.message).toMatch(/same series \(co0\.metric_0\) and period \(1950Q2\) as line 3/);
    const a = await commitImport(here.db, p.previewId, { onError: 'skip', now: NOW });
    const b = await commitImport(there.db, q.previewId, {
      onError: 'skip',
      now: NOW,
      parseWorker: PARSE_WORKER,
    });
    expect(b).toEqual(a);
    expect(a.skipped).toBe(3);
    expect(snapshot(there.db)).toEqual(snapshot(here.db));
  });

  it('rejects a file with errors, naming the first, and writes nothing', async () => {
    const wb = workbook();
    const before = snapshot(wb.db);
    const refusal = await importFile(wb.db, { path: withErrors }, { parseWorker: PARSE_WORKER }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(Refusal);
    expect((refusal as Refusal).code).toBe('rejected');
    expect((refusal as Refusal).message).toMatch(
      /^line 20001, column "value": .*12abc.* \(and 2 more\); nothing was imported$/,
    );
    expect(snapshot(wb.db)).toEqual(before);
  });

  it('refuses bytes that are not UTF-8 deep in the file, naming the line, and writes nothing', async () => {
    const wb = workbook();
    const before = snapshot(wb.db);
    const text = Buffer.from(largeFile(false), 'utf8');
    const at = text.indexOf('\n', 2_500_000) + 1;
    const line = text.subarray(0, at).toString('utf8').split('\n').length;
    text[at] = 0xff;
    const path = writeDataFile(temp.dir, text);
    await expect(importFile(wb.db, { path }, { parseWorker: PARSE_WORKER })).rejects.toThrow(
      new RegExp(`^line ${line}: the file is not UTF-8 text`),
    );
    expect(snapshot(wb.db)).toEqual(before);
  });

  it.each([
    ['on the parse worker', PARSE_WORKER],
    ['in the calling thread', undefined],
  ])('cancels %s when the signal fires mid-file, writing nothing', async (_name, parseWorker) => {
    const wb = workbook();
    const before = snapshot(wb.db);
    const controller = new AbortController();
    const progress: number[] = [];
    const onProgress = (p: { values: number }) => {
      progress.push(p.values);
      if (progress.length === 2) controller.abort();
    };
    await expect(
      importFile(wb.db, { path: clean }, { parseWorker, signal: controller.signal, onProgress }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(progress.length).toBe(2);
    expect(progress[1]).toBeGreaterThan(0);
    expect(wb.db.inTransaction).toBe(false);
    expect(snapshot(wb.db)).toEqual(before);
    // The connection is free again: a second import goes through.
    await expect(importFile(wb.db, { path: clean }, { parseWorker })).resolves.toMatchObject({ skipped: 0 });
  });

  it('stops the source (its worker, its file) when the writing side gives up mid-file', async () => {
    let isStopped = false;
    async function* source(): BatchSource {
      try {
        for (let i = 0; ; i++) yield { batch: { count: i } as unknown as ValueBatch, bytesRead: i };
      } finally {
        isStopped = true;
      }
    }
    const seen: number[] = [];
    const reading = forEachBatch(source(), (batch) => {
      seen.push(batch.count);
      if (batch.count === 2) throw new Refusal('cancelled', 'the import was cancelled');
    });
    await expect(reading).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen).toEqual([0, 1, 2]);
    expect(isStopped).toBe(true);
  });

  it('refuses to start inside a transaction already open on the connection', async () => {
    const wb = workbook();
    wb.db.exec('BEGIN');
    try {
      await expect(importFile(wb.db, { path: clean })).rejects.toThrow(/another change is being written/);
    } finally {
      wb.db.exec('ROLLBACK');
    }
  });
});
