import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createCsvTokenizer, type RecordSink, type SyntaxErrorSink } from './csv-tokenizer';
import { cancelled, Refusal } from '../../../projection/refusal';

const CHUNK = 1 << 20;
/**
 * readTextSync's chunk: each chunk's text is a new string, and one over 128 KB is allocated outside
 * V8's young generation, in fresh memory each time; at 64 KB the 53 MB benchmark file decodes in
 * about half the time (and 256 KB or 1 MB chunks take twice as long as 32-128 KB ones).
 */
const LINE_CHUNK = 1 << 16;
const SAMPLE_BYTES = 256 * 1024;
const LF = 10;

export interface ReadHooks {
  readonly signal?: AbortSignal;
}

/** Refuses text that is not UTF-8, naming the line where it stops being so. */
function notUtf8(line: number, what = 'is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)'): Refusal {
  const issue = { line, column: null, value: '', message: `the file ${what}` };
  return new Refusal('rejected', `line ${line}: ${issue.message}`, issue);
}

/** Offset of the first byte of `bytes` that does not continue valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return -1;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1 && at < end; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/** Where the last complete UTF-8 character of `bytes` ends (a chunk may stop inside one). */
function completeUtf8End(bytes: Uint8Array): number {
  // A character is at most 4 bytes: look back at most 3 for the lead byte of an unfinished one.
  for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 3; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + length > bytes.length ? i : bytes.length;
  }
  return bytes.length;
}

/**
 * Turns the bytes of a file, chunk by chunk, into text: checks it is UTF-8 (a BOM is dropped) and
 * hashes it. Throws Refusal `rejected` for bytes that are not UTF-8, naming the line.
 *
 * A chunk of ASCII only (earnings files nearly always are) is read as Latin-1, which for ASCII is
 * the same text: Node checks and copies such a chunk several times faster than TextDecoder
 * validates it (about 40 ms against 120-500 ms for the 53 MB benchmark file). Other chunks go
 * through the strict decoder up to their last complete character; the bytes of a character cut by
 * the chunk's end are carried into the next chunk, so no decoder state spans two chunks.
 */
class TextChunks {
  private readonly hash = createHash('sha256');
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private carried: Uint8Array = new Uint8Array(0);
  private lines = 1;
  total = 0;

  private isFirst = true;

  /** Takes the next bytes read from the file, in order: refuses UTF-16, hashes them. */
  take(chunk: Uint8Array): void {
    if (
      this.total === 0 &&
      ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
    ) {
      throw notUtf8(1, 'is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)');
    }
    this.hash.update(chunk);
    this.total += chunk.length;
  }

  /** The text of the next bytes taken (all of them, in order, split anywhere). */
  decode(chunk: Uint8Array): string {
    const isFirst = this.isFirst;
    this.isFirst = false;
    let bytes = this.carried.length > 0 ? concat(this.carried, chunk) : chunk;
    if (isFirst && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    const lines = this.lines;
    this.lines += countNewlines(bytes, bytes.length);
    if (isAscii(bytes)) {
      this.carried = new Uint8Array(0);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    }
    const end = completeUtf8End(bytes);
    try {
      const text = this.decoder.decode(bytes.subarray(0, end));
      this.carried = bytes.slice(end);
      return text;
    } catch {
      const bad = firstInvalidUtf8(bytes);
      throw notUtf8(lines + countNewlines(bytes, bad === -1 ? bytes.length : bad));
    }
  }

  /** The text left at the end, and the SHA-256 of all the bytes. */
  finish(): { text: string; sha256: string } {
    // A character the file's last bytes began and never finished.
    if (this.carried.length > 0) throw notUtf8(this.lines);
    return { text: '', sha256: this.hash.digest('hex') };
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** A piece of a text file as read, and how many of its bytes have been read so far. */
export interface TextPiece {
  readonly text: string;
  readonly bytesRead: number;
}

/**
 * Reads a text file in chunks (see TextChunks), yielding its text piece by piece; returns the file's
 * SHA-256. Stops with Refusal `cancelled` when `signal` fires.
 */
export async function* readTextPieces(
  path: string,
  signal?: AbortSignal,
): AsyncGenerator<TextPiece, string, undefined> {
  const handle = await open(path, 'r');
  try {
    const chunks = new TextChunks();
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      if (signal?.aborted) throw cancelled();
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const bytes = buffer.subarray(0, bytesRead);
      chunks.take(bytes);
      yield { text: chunks.decode(bytes), bytesRead: chunks.total };
    }
    const { text, sha256 } = chunks.finish();
    yield { text, bytesRead: chunks.total };
    return sha256;
  } finally {
    await handle.close();
  }
}

/**
 * As readTextPieces, synchronously, for a parse worker (which has nothing else to do meanwhile), and
 * in whole lines: the bytes after a chunk's last line break are kept at the start of the buffer and
 * read with the next chunk. The tokenizer then rarely has an unfinished record to join to the next
 * text, and joining one costs more than copying its bytes: the joined string is flattened into a
 * fresh megabyte at each chunk (about 4 ms each on the benchmark machine, 200 ms for a 53 MB file).
 */
export function readTextSync(
  path: string,
  onText: (text: string) => void,
  onBytes: (bytesRead: number) => void,
): string {
  const fd = openSync(path, 'r');
  try {
    const chunks = new TextChunks();
    const buffer = Buffer.allocUnsafe(LINE_CHUNK);
    let kept = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, kept, LINE_CHUNK - kept, null);
      if (bytesRead === 0) break;
      const filled = kept + bytesRead;
      chunks.take(buffer.subarray(kept, filled));
      // A chunk without a line break (a line longer than the buffer) is handed on whole.
      const end = buffer.lastIndexOf(LF, filled - 1) + 1 || filled;
      onText(chunks.decode(buffer.subarray(0, end)));
      onBytes(chunks.total);
      buffer.copyWithin(0, end, filled);
      kept = filled - end;
    }
    if (kept > 0) onText(chunks.decode(buffer.subarray(0, kept)));
    const { text, sha256 } = chunks.finish();
    onText(text);
    return sha256;
  } finally {
    closeSync(fd);
  }
}

/** The first 256 KB of the file as text, for guessing its delimiter, header and shape. */
export async function readTextSample(path: string): Promise<{ text: string; isWhole: boolean }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw notUtf8(1, 'is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)');
    }
    const bad = firstInvalidUtf8(bytes);
    if (bad !== -1) throw notUtf8(1 + countNewlines(bytes, bad));
    // A sample cut inside a character ends in U+FFFD; the tokenizer leaves that last record out.
    return { text: new TextDecoder('utf-8').decode(bytes), isWhole: bytesRead < SAMPLE_BYTES };
  } finally {
    await handle.close();
  }
}

/** Reads every record of a delimited text file, synchronously; returns the file's SHA-256. */
export function readTextRecordsSync(
  path: string,
  delimiter: string,
  onRecord: RecordSink,
  onSyntaxError: SyntaxErrorSink,
  onBytes: (bytesRead: number) => void,
): string {
  const tokenizer = createCsvTokenizer(delimiter, onRecord, onSyntaxError);
  const sha256 = readTextSync(path, (text) => tokenizer.push(text), onBytes);
  tokenizer.end();
  return sha256;
}
