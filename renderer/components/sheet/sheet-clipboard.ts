/**
 * Blocks of cells on the system clipboard, both ways, as Excel, LibreOffice and Google Sheets
 * write them: tab-separated text (a cell holding a tab, a line break or a leading quote is
 * quoted, quotes doubled, each row ending in CRLF) and an HTML table. Pure: the HTML side reads a
 * parsed document through the few node fields it needs, so DOMParser's output and a test's plain
 * objects both do.
 */

/** Rows of cell texts; rows may differ in length (a ragged paste writes only what it holds). */
export type Block = readonly (readonly string[])[];

const NEEDS_QUOTES = /[\t\r\n]|^"/;

function quoteCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A block as Excel puts it on the clipboard: cells by tabs, each row ending in CRLF. */
export function writeTsv(block: Block): string {
  return block.map((row) => `${row.map(quoteCell).join('\t')}\r\n`).join('');
}

/**
 * Reads tab-separated text as Excel writes it. A cell that starts with a quote and closes it
 * right before a tab or line break is quoted (its tabs and line breaks are text, `""` is a
 * quote); any other quote is text (`5" disk`). CRLF, LF and CR end rows; the line break after
 * the last row is not a row.
 */
export function readTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  const isEnd = (i: number) => i >= text.length || text[i] === '\t' || text[i] === '\r' || text[i] === '\n';
  while (at <= text.length) {
    let cell: string | null = null;
    if (text[at] === '"') {
      let close = at + 1;
      let value = '';
      for (;;) {
        const quote = text.indexOf('"', close);
        if (quote < 0) break;
        value += text.slice(close, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          close = quote + 2;
        } else if (isEnd(quote + 1)) {
          cell = value;
          at = quote + 1;
          break;
        } else break;
      }
    }
    if (cell === null) {
      let end = at;
      while (!isEnd(end)) end++;
      cell = text.slice(at, end);
      at = end;
    }
    row.push(cell);
    if (text[at] === '\t') {
      at++;
      continue;
    }
    rows.push(row);
    row = [];
    if (at >= text.length) break;
    at += text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1;
    if (at >= text.length) break;
  }
  return rows;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\n', '<br>');

/** A block as an HTML table (what a spreadsheet pastes with its cells intact). */
export function writeHtmlTable(block: Block): string {
  const rows = block.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
  return `<table>${rows.join('')}</table>`;
}

/** The fields of a parsed HTML node the table reader uses (a DOM Node has them). */
export interface HtmlNode {
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

const children = (node: HtmlNode) => Array.from(node.childNodes);
const isElement = (node: HtmlNode, ...names: string[]) => names.includes(node.nodeName.toUpperCase());

function findFirst(node: HtmlNode, name: string): HtmlNode | null {
  if (isElement(node, name)) return node;
  for (const child of children(node)) {
    const found = findFirst(child, name);
    if (found) return found;
  }
  return null;
}

/** The table's rows, in order, through THEAD, TBODY and TFOOT but not into nested tables. */
function tableRows(table: HtmlNode): HtmlNode[] {
  return children(table).flatMap((child) =>
    isElement(child, 'TR') ? [child] : isElement(child, 'THEAD', 'TBODY', 'TFOOT') ? tableRows(child) : [],
  );
}

/**
 * A cell's text as it reads: runs of white space (the HTML source's line breaks) are one space,
 * `<br>` is a line break, a non-breaking space a space; trimmed.
 */
function cellText(cell: HtmlNode): string {
  const parts: string[] = [];
  const walk = (node: HtmlNode) => {
    if (node.nodeName === '#text') parts.push((node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' '));
    else if (isElement(node, 'BR')) parts.push('\n');
    else if (!isElement(node, 'STYLE', 'SCRIPT')) children(node).forEach(walk);
  };
  walk(cell);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

function span(cell: HtmlNode, name: string): number {
  const value = Number(cell.getAttribute?.(name) ?? 1);
  return Number.isInteger(value) && value > 1 ? Math.min(value, 1000) : 1;
}

/**
 * The first table of a parsed HTML document as a block, or null when it holds none. A merged
 * cell (colspan, rowspan) gives its text to its first cell and blanks to the rest, as a
 * spreadsheet pastes it.
 */
export function readHtmlTable(document: HtmlNode): string[][] | null {
  const table = findFirst(document, 'TABLE');
  if (!table) return null;
  const grid: string[][] = [];
  tableRows(table).forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of children(tr).filter((n) => isElement(n, 'TD', 'TH'))) {
      while (grid[r]![c] !== undefined) c++;
      const [rows, cols] = [span(cell, 'rowspan'), span(cell, 'colspan')];
      for (let dr = 0; dr < rows; dr++) {
        for (let dc = 0; dc < cols; dc++) {
          (grid[r + dr] ??= [])[c + dc] = dr === 0 && dc === 0 ? cellText(cell) : '';
        }
      }
      c += cols;
    }
  });
  const block = grid.map((row) => Array.from(row, (cell) => cell ?? ''));
  return block.some((row) => row.length > 0) ? block : null;
}

/**
 * The block a paste holds: the HTML table when there is one (its cells are unambiguous), else the
 * tab-separated text. `parseHtml` is DOMParser in the page.
 */
export function readClipboard(
  data: { readonly html: string; readonly text: string },
  parseHtml: (html: string) => HtmlNode,
): string[][] {
  const fromHtml = data.html.trim() ? readHtmlTable(parseHtml(data.html)) : null;
  return fromHtml ?? (data.text === '' ? [] : readTsv(data.text));
}
