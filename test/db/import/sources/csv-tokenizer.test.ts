import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvTokenizer } from '../../../../db/import/sources/csv-tokenizer';

interface Tokenized {
  records: { fields: string[]; line: number }[];
  errors: { line: number; reason: string }[];
}

/** Tokenizes `text` fed in pieces of `chunk` characters (all at once by default). */
function tokenize(text: string, delimiter = ',', chunk = text.length || 1): Tokenized {
  const out: Tokenized = { records: [], errors: [] };
  const tokenizer = createCsvTokenizer(
    delimiter,
    (fields, line) => out.records.push({ fields, line }),
    (line, reason) => out.errors.push({ line, reason }),
  );
  for (let i = 0; i < text.length; i += chunk) tokenizer.push(text.slice(i, i + chunk));
  tokenizer.end();
  return out;
}

const fields = (text: string, delimiter = ',') => tokenize(text, delimiter).records.map((r) => r.fields);

// The cases of the csv-spectrum suite (github.com/maxogden/csv-spectrum), written out here.
describe('csv-spectrum cases', () => {
  it.each([
    [
      'simple',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'simple_crlf',
      'a,b,c\r\n1,2,3\r\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'comma_in_quotes',
      'first,last,address\nJohn,Doe,"120 any st., Anytown, WW"\n',
      [
        ['first', 'last', 'address'],
        ['John', 'Doe', '120 any st., Anytown, WW'],
      ],
    ],
    [
      'escaped_quotes',
      'a,b\n1,"ha ""ha"" ha"\n3,4\n',
      [
        ['a', 'b'],
        ['1', 'ha "ha" ha'],
        ['3', '4'],
      ],
    ],
    [
      'json',
      'key,val\n1,"{""type"": ""Point"", ""coordinates"": [102.0, 0.5]}"\n',
      [
        ['key', 'val'],
        ['1', '{"type": "Point", "coordinates": [102.0, 0.5]}'],
      ],
    ],
    [
      'newlines',
      'a,b,c\n1,2,3\n"Once upon \na time",5,6\n7,8,9\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
        ['Once upon \na time', '5', '6'],
        ['7', '8', '9'],
      ],
    ],
    [
      'newlines_crlf',
      'a,b,c\r\n1,2,3\r\n"Once upon \r\na time",5,6\r\n7,8,9\r\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
        ['Once upon \r\na time', '5', '6'],
        ['7', '8', '9'],
      ],
    ],
    [
      'quotes_and_newlines',
      'a,b\n1,"ha \n""ha"" \nha"\n3,4\n',
      [
        ['a', 'b'],
        ['1', 'ha \n"ha" \nha'],
        ['3', '4'],
      ],
    ],
    [
      'utf8',
      'a,b,c\n1,2,3\n4,5,ʤ\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
        ['4', '5', 'ʤ'],
      ],
    ],
    [
      'empty',
      'a,b,c\n1,"",""\n2,3,4\n',
      [
        ['a', 'b', 'c'],
        ['1', '', ''],
        ['2', '3', '4'],
      ],
    ],
    [
      'empty_crlf',
      'a,b,c\r\n1,"",""\r\n2,3,4\r\n',
      [
        ['a', 'b', 'c'],
        ['1', '', ''],
        ['2', '3', '4'],
      ],
    ],
    [
      'location',
      'location,coordinates\nNew York,"40.7128° N, 74.0060° W"\n',
      [
        ['location', 'coordinates'],
        ['New York', '40.7128° N, 74.0060° W'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(fields(text)).toEqual(expected);
    // The same records whatever the chunk size, down to one character at a time.
    for (const chunk of [1, 2, 3, 7])
      expect(tokenize(text, ',', chunk).records.map((r) => r.fields)).toEqual(expected);
  });
});

describe('tokenizer details', () => {
  it('reads the other delimiters', () => {
    expect(fields('a;b\n"1;5";2\n', ';')).toEqual([
      ['a', 'b'],
      ['1;5', '2'],
    ]);
    expect(fields('a\tb\n1\t2\n', '\t')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a|b\n1|2\n', '|')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('skips blank lines and lines of delimiters only, keeps trailing empty fields', () => {
    expect(fields('a,b\n\n1,2,\n,,\n\r\n3,4\n')).toEqual([
      ['a', 'b'],
      ['1', '2', ''],
      ['3', '4'],
    ]);
  });

  it('accepts a last record without a line break, and lone CR line ends', () => {
    expect(fields('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(fields('a,b\n5" disk,x\n')).toEqual([
      ['a', 'b'],
      ['5" disk', 'x'],
    ]);
  });

  it('gives each record the physical line it starts on', () => {
    const { records } = tokenize('h\n"two\nlines"\n\nnext\r\n"a\r\nb"\nlast');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6, 8]);
  });

  it('reports a record with text after a closing quote, and goes on with the next line', () => {
    const out = tokenize('a,b\n"x"y,2\n3,4\n');
    expect(out.errors).toEqual([{ line: 2, reason: 'text follows a closing quote' }]);
    expect(out.records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['3', '4'],
    ]);
  });

  it('reports a quote never closed at the line where it opens', () => {
    const out = tokenize('a,b\n1,2\n3,"open\nmore\n');
    expect(out.errors).toEqual([{ line: 3, reason: 'a quoted field is never closed' }]);
    expect(out.records).toHaveLength(2);
  });

  it('gives the same records and errors for any chunking (property)', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', '"a,b"', '"x""y"', '"line\nbreak"', ' '),
    );
    const text = fc.array(cell, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 9 }), (t, chunk) => {
        expect(tokenize(t, ',', chunk)).toEqual(tokenize(t));
      }),
      { numRuns: 1000 },
    );
  });
});
