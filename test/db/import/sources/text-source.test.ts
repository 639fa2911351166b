import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextPieces, readTextSync } from '../../../../db/import/sources/text-source';
import { Refusal } from '../../../../projection/refusal';
import { makeTempDir } from '../../../helpers/temp-dir';

// The readers' chunks: 1 MiB, and 64 KiB for readTextSync (text-source.ts). Characters and lines cut
// by a chunk's end are what these test.
const CHUNK = 1 << 20;
const LINE_CHUNK = 1 << 16;
const temp = makeTempDir();
afterAll(() => temp.cleanup());

async function readAll(bytes: Uint8Array): Promise<string> {
  const path = join(temp.dir, 'file.csv');
  writeFileSync(path, bytes);
  let text = '';
  for await (const piece of readTextPieces(path)) text += piece.text;
  return text;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readTextPieces: UTF-8 read chunk by chunk, ASCII chunks on a fast path', () => {
  it.each([
    ['é (2 bytes)', 'é'],
    ['€ (3 bytes)', '€'],
    ['𝄞 (4 bytes)', '𝄞'],
  ])('keeps %s whole at every cut across the chunk boundary', async (_name, char) => {
    const size = utf8(char).length;
    for (let before = 1; before <= size + 1; before++) {
      const head = 'a'.repeat(CHUNK - before);
      const text = `${head}${char}x,${char}\n`;
      expect(await readAll(utf8(text))).toBe(text);
    }
  });

  it('reads a file of ASCII chunks then non-ASCII ones and back', async () => {
    const text = `${'a,1\n'.repeat(CHUNK / 2)}Zürich,2\n${'b,3\n'.repeat(CHUNK / 2)}`;
    expect(await readAll(utf8(text))).toBe(text);
  });

  it('drops the BOM at the start only, keeping U+FEFF elsewhere', async () => {
    const bytes = utf8('\uFEFFperiod,value\n2025Q1,\uFEFF1\n');
    expect(await readAll(bytes)).toBe('period,value\n2025Q1,\uFEFF1\n');
  });

  it('refuses bytes that are not UTF-8, naming the line, in either kind of chunk', async () => {
    const bad = Uint8Array.from([...utf8('a\nb\nc'), 0xff, ...utf8('\n')]);
    await expect(readAll(bad)).rejects.toThrow(/^line 3: the file is not UTF-8 text/);
    const far = Uint8Array.from([...utf8('x\n'.repeat(CHUNK / 2 + 5)), 0xc3, 0x28, 10]);
    await expect(readAll(far)).rejects.toThrow(`line ${CHUNK / 2 + 6}: the file is not UTF-8 text`);
  });

  it('refuses a file that ends inside a character', async () => {
    const cut = utf8('a,€').subarray(0, 4);
    await expect(readAll(cut)).rejects.toBeInstanceOf(Refusal);
    await expect(readAll(cut)).rejects.toThrow(/not UTF-8/);
  });

  it('refuses UTF-16', async () => {
    await expect(readAll(Uint8Array.from([0xff, 0xfe, 0x61, 0]))).rejects.toThrow(/UTF-16/);
  });
});

describe('readTextSync: the same text, handed on in whole lines', () => {
  function readSync(bytes: Uint8Array): { pieces: string[]; sha256: string } {
    const path = join(temp.dir, 'sync.csv');
    writeFileSync(path, bytes);
    const pieces: string[] = [];
    const sha256 = readTextSync(
      path,
      (text) => pieces.push(text),
      () => undefined,
    );
    return { pieces, sha256 };
  }

  it('ends every piece but the last after a line break, however the chunks cut the lines', () => {
    const text = Array.from({ length: 9000 }, (_, i) => `2024Q${(i % 4) + 1},Zürich ${i},€${i}\r\n`).join('');
    const { pieces } = readSync(utf8(text));
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces.slice(0, -2)) expect(piece.endsWith('\n')).toBe(true);
  });

  it.each([
    ['é (2 bytes)', 'é'],
    ['€ (3 bytes)', '€'],
    ['𝄞 (4 bytes)', '𝄞'],
  ])('keeps %s whole in a line longer than a chunk, at every cut', (_name, char) => {
    const size = utf8(char).length;
    for (let before = 1; before <= size + 1; before++) {
      const text = `${'a'.repeat(LINE_CHUNK - before)}${char}x,${char}\n${char}`;
      expect(readSync(utf8(text)).pieces.join('')).toBe(text);
    }
  });

  it('reads a file without line breaks, or with CR alone, and drops the BOM', () => {
    const crOnly = 'a,1\r'.repeat(LINE_CHUNK / 2);
    expect(readSync(utf8(crOnly)).pieces.join('')).toBe(crOnly);
    expect(readSync(utf8('\uFEFFperiod,value\n2025Q1,1')).pieces.join('')).toBe('period,value\n2025Q1,1');
  });

  it('hashes the bytes as readTextPieces does', async () => {
    const bytes = utf8('x,1\n'.repeat(LINE_CHUNK));
    const path = join(temp.dir, 'hash.csv');
    writeFileSync(path, bytes);
    const pieces = readTextPieces(path);
    let last = await pieces.next();
    while (!last.done) last = await pieces.next();
    expect(readSync(bytes).sha256).toBe(last.value);
  });

  it('refuses bytes that are not UTF-8 with the same line, and UTF-16', () => {
    const far = Uint8Array.from([...utf8('x\n'.repeat(LINE_CHUNK / 2 + 5)), 0xc3, 0x28, 10]);
    expect(() => readSync(far)).toThrow(`line ${LINE_CHUNK / 2 + 6}: the file is not UTF-8 text`);
    expect(() => readSync(utf8('a,€').subarray(0, 4))).toThrow(/not UTF-8/);
    expect(() => readSync(Uint8Array.from([0xff, 0xfe, 0x61, 0]))).toThrow(/UTF-16/);
  });
});
