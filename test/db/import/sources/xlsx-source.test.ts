import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { listSheets, readXlsxRecords } from '../../../../db/import/sources/xlsx-source';
import { makeTempDir } from '../../../helpers/temp-dir';
import { Refusal } from '../../../../projection/refusal';

/**
 * The XLSX reader on workbooks written by hand, part by part, to reach what spreadsheet writers
 * do differently (inline strings, prefixed elements, 1904 dates, parts in any order, cells
 * without references), and on workbooks exceljs writes (whose part order made exceljs's own
 * streaming reader fail intermittently: exceljs issue 3064).
 */

const temp = makeTempDir();
afterAll(() => temp.cleanup());
let files = 0;

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Writes a zip of `parts` (name -> XML), in the order given, and returns its path. */
async function zipOf(parts: Record<string, string>): Promise<string> {
  const path = join(temp.dir, `book-${++files}.xlsx`);
  const zip = new yazl.ZipFile();
  for (const [name, xml] of Object.entries(parts)) zip.addBuffer(Buffer.from(xml), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

/** A workbook with sheets (name -> sheetData XML) and optional styles and shared strings. */
function book(
  sheets: Record<string, string>,
  extra: { styles?: string; strings?: string; workbookPr?: string; prefix?: string } = {},
) {
  const p = extra.prefix ?? '';
  const names = Object.keys(sheets);
  const parts: Record<string, string> = {};
  // Sheets first and the workbook last, as exceljs writes them.
  names.forEach((name, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ''}="${NS}"><${p}sheetData>${sheets[name]}</${p}sheetData></${p}worksheet>`;
  });
  if (extra.strings) parts['xl/sharedStrings.xml'] = `<sst xmlns="${NS}">${extra.strings}</sst>`;
  if (extra.styles) parts['xl/styles.xml'] = `<styleSheet xmlns="${NS}">${extra.styles}</styleSheet>`;
  const rels = names.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`,
  );
  if (extra.strings)
    rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (extra.styles) rels.push(`<Relationship Id="rY" Type="${REL}/styles" Target="styles.xml"/>`);
  parts['xl/_rels/workbook.xml.rels'] = `<Relationships>${rels.join('')}</Relationships>`;
  parts['_rels/.rels'] =
    `<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetTags = names.map(
    (name, i) => `<${p}sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  parts['xl/workbook.xml'] =
    `<${p}workbook xmlns${p ? `:${p.slice(0, -1)}` : ''}="${NS}" xmlns:r="${REL}">${extra.workbookPr ?? ''}<${p}sheets>${sheetTags.join('')}</${p}sheets></${p}workbook>`;
  return zipOf(parts);
}

async function rows(path: string, sheet: string | null = null): Promise<[number, string[]][]> {
  const found: [number, string[]][] = [];
  await readXlsxRecords(path, sheet, (fields, line) => found.push([line, fields]), {});
  return found;
}

describe('readXlsxRecords', () => {
  it('reads every kind of cell as the text it shows', async () => {
    const path = await book(
      {
        Data: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line </t></r></is></c></row>
        <row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" t="str"><f>A1&amp;"x"</f><v>periodx</v></c><c r="D3" s="1"><v>0.236</v></c></row>
        <row r="4"><c r="A4" s="2"><v>47664</v></c><c r="B4" s="3"><v>1234.5</v></c><c r="C4"><f>B4*2</f><v>2469</v></c><c r="D4" s="4"><v>0.5</v></c><c r="E4" s="3"/></row>`,
      },
      {
        strings:
          '<si><t>period</t></si><si><r><t>AMD </t></r><r><rPr><b/></rPr><t>&amp; co</t></r><rPh><t>ignored</t></rPh></si>',
        styles:
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="[$-409]d-mmm-yy;@"/></numFmts>' +
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/><xf numFmtId="10"/></cellXfs>',
      },
    );
    expect(await rows(path)).toEqual([
      [1, ['period', 'AMD & co', '', 'inline ']],
      [3, ['TRUE', '#N/A', 'periodx', '23.6%']],
      // 47664 days after 1899-12-30 (the 1900 system) is 2030-06-30.
      [4, ['2030-06-30', '1234.5', '2469', '50%', '']],
    ]);
  });

  it('places cells without references one after the other, and rows without numbers after the last', async () => {
    const path = await book({
      S: '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row r="5"><c r="C5"><v>2</v></c></row><row><c><v>3</v></c></row>',
    });
    expect(await rows(path)).toEqual([
      [1, ['a', '1']],
      [5, ['', '', '2']],
      [6, ['3']],
    ]);
  });

  it('counts dates from 1904 when the workbook says so, and reads prefixed elements', async () => {
    const path = await book(
      { D: '<x:row r="2"><x:c r="A2" s="1"><x:v>46023</x:v></x:c></x:row>' },
      {
        prefix: 'x:',
        workbookPr: '<x:workbookPr date1904="1"/>',
        styles: '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      },
    );
    // 46023 days after 1904-01-01 (Python: date(1904, 1, 1) + timedelta(46023)).
    expect(await rows(path)).toEqual([[2, ['2030-01-02']]]);
  });

  it('finds sheets by the workbook, in its order, and refuses one it does not have', async () => {
    const path = await book({
      Cover: '',
      Data: '<row r="1"><c r="A1"><v>1</v></c></row>',
    });
    expect(await listSheets(path)).toEqual(['Cover', 'Data']);
    expect(await rows(path)).toEqual([]);
    expect(await rows(path, 'Data')).toEqual([[1, ['1']]]);
    await expect(rows(path, 'Nope')).rejects.toThrow('the workbook has no sheet called "Nope"');
  });

  it('stops at a limit, and when cancelled', async () => {
    const data = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`).join('');
    const path = await book({ S: data });
    const found: string[] = [];
    await readXlsxRecords(path, null, (fields) => found.push(fields[0]!), {}, 3);
    expect(found).toEqual(['0', '1', '2']);
    const controller = new AbortController();
    controller.abort();
    await expect(
      readXlsxRecords(path, null, () => undefined, { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'cancelled',
    });
  });

  it('refuses files that are not XLSX workbooks, saying why', async () => {
    const text = join(temp.dir, 'text.xlsx');
    writeFileSync(text, 'period,value\n');
    const noWorkbook = await zipOf({ 'readme.txt': 'hello' });
    for (const path of [text, noWorkbook]) {
      const refusal = await rows(path).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(Refusal);
      expect((refusal as Refusal).message).toMatch(/^line 1: the file cannot be read as XLSX \(.+\)$/);
    }
  });

  it('reads workbooks exceljs writes every time (its own streaming reader failed some reads)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Cover');
    workbook.addWorksheet('Data').addRows([
      ['period', 'series', 'value'],
      ['2030Q1', 'amd.revenue_data_center', 5000],
    ]);
    const path = join(temp.dir, 'exceljs.xlsx');
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    for (let i = 0; i < 200; i++) {
      expect(await listSheets(path)).toEqual(['Cover', 'Data']);
      expect(await rows(path, 'Data')).toEqual([
        [1, ['period', 'series', 'value']],
        [2, ['2030Q1', 'amd.revenue_data_center', '5000']],
      ]);
    }
  });
});
