/**
 * A streaming CSV tokenizer (RFC 4180 plus what spreadsheets write): fields may be quoted, a quoted
 * field may hold delimiters, doubled quotes and line breaks; records end with LF, CRLF or CR; a
 * quote inside an unquoted field is kept as a character. Lines that hold nothing but delimiters
 * yield no record.
 *
 * Written here rather than taken from a library because the importer must name the physical line
 * of every record (a quoted line break makes record and line numbers differ) and must fail one
 * record, not the whole file, on text after a closing quote. bench/import.bench.ts times it
 * against PapaParse and uDSV.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** parseRecord's answer when the buffer ends inside the record. */
const INCOMPLETE = -1;

/** Receives each record: its fields and the line (1-based) on which it starts. */
export type RecordSink = (fields: string[], line: number) => void;
/** Receives a record that is not valid CSV: the line on which it starts and the reason. */
export type SyntaxErrorSink = (line: number, reason: string) => void;

export interface CsvTokenizer {
  /** Feeds the next piece of text; complete records are passed on at once. */
  push(text: string): void;
  /** Ends the input: the last record is passed on, or an unclosed quote is reported. */
  end(): void;
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

/** Index just past the line break at or after `from`; the end when `isLast`, else INCOMPLETE. */
function nextLineStart(text: string, from: number, isLast: boolean): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) return k + 1;
    if (c === CR) {
      if (k + 1 < text.length) return text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
      return isLast ? k + 1 : INCOMPLETE;
    }
  }
  return isLast ? text.length : INCOMPLETE;
}

/** A tokenizer for `delimiter` (one character) passing records to `onRecord`. */
export function createCsvTokenizer(
  delimiter: string,
  onRecord: RecordSink,
  onError: SyntaxErrorSink,
): CsvTokenizer {
  const delim = delimiter.charCodeAt(0);
  let pending = '';
  let line = 1;
  // The buffer being parsed and, for speed, the next delimiter and line breaks found in it.
  let buf = '';
  let hasCr = false;
  let nextDelim = -1;
  let nextLf = -1;
  let nextCr = -1;

  /** Parses a quoted field starting at `start`; returns the index after its closing quote. */
  function quotedField(start: number, isLast: boolean, out: string[]): number {
    const n = buf.length;
    let value = '';
    let segment = start + 1;
    for (;;) {
      const q = buf.indexOf('"', segment);
      if (q === -1 || (q + 1 === n && !isLast)) return q === -1 && isLast ? n + 1 : INCOMPLETE;
      if (buf.charCodeAt(q + 1) === QUOTE) {
        value += buf.slice(segment, q + 1);
        segment = q + 2;
        continue;
      }
      out.push(value + buf.slice(segment, q));
      line += countLines(buf, start, q);
      return q + 1;
    }
  }

  /** Parses one record at `start`; returns where the next one starts, or INCOMPLETE. */
  function parseRecord(start: number, isLast: boolean): number {
    const n = buf.length;
    const recordLine = line;
    const fields: string[] = [];
    let hasContent = false;
    let i = start;
    for (;;) {
      let j: number;
      if (buf.charCodeAt(i) === QUOTE) {
        hasContent = true;
        j = quotedField(i, isLast, fields);
        if (j === INCOMPLETE) return INCOMPLETE;
        if (j > n) {
          onError(recordLine, 'a quoted field is never closed');
          line = recordLine + countLines(buf, start, n);
          return n;
        }
        const after = buf.charCodeAt(j);
        if (j < n && after !== delim && after !== LF && after !== CR) {
          const next = nextLineStart(buf, j, isLast);
          if (next === INCOMPLETE) return INCOMPLETE;
          onError(recordLine, 'text follows a closing quote');
          line += countLines(buf, j, next);
          return next;
        }
      } else {
        if (nextDelim < i) nextDelim = indexOrEnd(buf, delimiter, i);
        if (nextLf < i) nextLf = indexOrEnd(buf, '\n', i);
        if (hasCr && nextCr < i) nextCr = indexOrEnd(buf, '\r', i);
        j = nextDelim < nextLf ? nextDelim : nextLf;
        if (hasCr && nextCr < j) j = nextCr;
        if (j > i) hasContent = true;
        fields.push(buf.slice(i, j));
      }
      if (j >= n && !isLast) return INCOMPLETE;
      const c = buf.charCodeAt(j);
      if (c === delim) {
        i = j + 1;
        if (i < n) continue;
        if (!isLast) return INCOMPLETE;
        fields.push('');
        i = n;
      } else if (c === CR) {
        if (j + 1 >= n && !isLast) return INCOMPLETE;
        i = buf.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
        line++;
      } else if (c === LF) {
        i = j + 1;
        line++;
      } else {
        i = n;
      }
      if (hasContent) onRecord(fields, recordLine);
      return i;
    }
  }

  /** Parses the whole records of `text`; returns where the unfinished last one starts. */
  function parse(text: string, isLast: boolean): number {
    buf = text;
    hasCr = text.indexOf('\r') !== -1;
    nextDelim = nextLf = nextCr = -1;
    let i = 0;
    while (i < text.length) {
      const lineBefore = line;
      const next = parseRecord(i, isLast);
      if (next === INCOMPLETE) {
        line = lineBefore;
        return i;
      }
      i = next;
    }
    return text.length;
  }

  return {
    push(text: string): void {
      const whole = pending.length > 0 ? pending + text : text;
      const rest = parse(whole, false);
      pending = rest < whole.length ? whole.slice(rest) : '';
      buf = '';
    },
    end(): void {
      const whole = pending;
      pending = '';
      if (whole.length > 0) parse(whole, true);
      buf = '';
    },
  };
}
