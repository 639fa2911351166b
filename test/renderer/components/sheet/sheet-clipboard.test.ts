import { describe, expect, it } from 'vitest';
import {
  readClipboard,
  readHtmlTable,
  readTsv,
  writeHtmlTable,
  writeTsv,
  type HtmlNode,
} from '../../../../renderer/components/sheet/sheet-clipboard';

describe('tab-separated text, as Excel writes it', () => {
  it('writes cells by tabs and rows ending in CRLF', () => {
    expect(
      writeTsv([
        ['3674', '3,860'],
        ['', '23.3%'],
      ]),
    ).toBe('3674\t3,860\r\n\t23.3%\r\n');
  });

  it('quotes a cell holding a tab, a line break or a leading quote, doubling its quotes', () => {
    expect(writeTsv([['a\tb', 'two\nlines', '"quoted"', '5" disk']])).toBe(
      '"a\tb"\t"two\nlines"\t"""quoted"""\t5" disk\r\n',
    );
  });

  it.each([
    [
      '3674\t3,860\r\n\t23.3%\r\n',
      [
        ['3674', '3,860'],
        ['', '23.3%'],
      ],
    ],
    [
      'a\tb\nc\td',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a\rb\r', [['a'], ['b']]],
    ['4,100', [['4,100']]],
    ['a\t\tc\t\n', [['a', '', 'c', '']]],
    ['a\n\nb\n', [['a'], [''], ['b']]],
    // Excel's quoting: tabs, line breaks (LF inside a cell, CRLF between rows) and doubled quotes.
    [
      '"Revenue\tUSD"\t"two\nlines"\r\n"say ""hi"""\t1\r\n',
      [
        ['Revenue\tUSD', 'two\nlines'],
        ['say "hi"', '1'],
      ],
    ],
    // A quote that does not close the cell is text.
    ['5" disk\t"open\r\n', [['5" disk', '"open']]],
    ['"a"b\tc', [['"a"b', 'c']]],
  ])('reads %j', (text, block) => {
    expect(readTsv(text)).toEqual(block);
  });

  it('reads back what it writes', () => {
    const block = [
      ['a\tb', 'x'],
      ['"q"', 'line\r\nbreak'],
      ['', '12%'],
    ];
    expect(readTsv(writeTsv(block))).toEqual(block);
  });
});

/** A parsed HTML node as DOMParser gives it, reduced to what the reader reads. */
function el(name: string, attrs: Record<string, string>, ...kids: (HtmlNode | string)[]): HtmlNode {
  return {
    nodeName: name.toUpperCase(),
    nodeValue: null,
    childNodes: kids.map((k) =>
      typeof k === 'string' ? { nodeName: '#text', nodeValue: k, childNodes: [] } : k,
    ),
    getAttribute: (a) => attrs[a] ?? null,
  };
}
const td = (...kids: (HtmlNode | string)[]) => el('td', {}, ...kids);

describe('HTML tables, as Excel and Google Sheets put them on the clipboard', () => {
  it('reads the first table through its body, text as it reads', () => {
    // Excel: a style sheet, then a table whose cells wrap in the HTML source and hold spans.
    const doc = el(
      '#document',
      {},
      el(
        'html',
        {},
        el('head', {}, el('style', {}, 'td {mso-number-format:General}')),
        el(
          'body',
          {},
          el(
            'table',
            {},
            el('col', {}),
            el(
              'tbody',
              {},
              el('tr', {}, td('\n  AMD Data\n  Center'), td(el('span', {}, '3,674'))),
              el('tr', {}, td('two', el('br', {}), 'lines'), td('\u00a0(120)\u00a0')),
            ),
          ),
        ),
      ),
    );
    expect(readHtmlTable(doc)).toEqual([
      ['AMD Data Center', '3,674'],
      ['two\nlines', '(120)'],
    ]);
  });

  it("gives a merged cell's text to its first cell and blanks to the rest", () => {
    const table = el(
      'table',
      {},
      el('tr', {}, el('td', { colspan: '2' }, 'a'), td('b')),
      el('tr', {}, el('td', { rowspan: '2' }, 'c'), td('d'), td('e')),
      el('tr', {}, td('f'), td('g')),
    );
    expect(readHtmlTable(table)).toEqual([
      ['a', '', 'b'],
      ['c', 'd', 'e'],
      ['', 'f', 'g'],
    ]);
  });

  it('finds no table in HTML without one', () => {
    expect(readHtmlTable(el('body', {}, el('p', {}, 'hello')))).toBeNull();
  });

  it('writes a table a spreadsheet reads, escaping its text', () => {
    expect(
      writeHtmlTable([
        ['<b>', 'a & b'],
        ['two\nlines', ''],
      ]),
    ).toBe(
      '<table><tr><td>&lt;b&gt;</td><td>a &amp; b</td></tr><tr><td>two<br>lines</td><td></td></tr></table>',
    );
  });
});

describe('readClipboard', () => {
  const parse = (html: string) =>
    html.includes('<table') ? el('table', {}, el('tr', {}, td('from html'))) : el('body', {}, td('no table'));

  it('prefers the HTML table, then the text', () => {
    expect(readClipboard({ html: '<table>…', text: 'from text' }, parse)).toEqual([['from html']]);
    expect(readClipboard({ html: '<p>x</p>', text: 'a\tb' }, parse)).toEqual([['a', 'b']]);
    expect(readClipboard({ html: '', text: 'a\tb\r\n' }, parse)).toEqual([['a', 'b']]);
    expect(readClipboard({ html: '', text: '' }, parse)).toEqual([]);
  });
});
