import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { findScenario } from '../../../db/commands';
import { csvText } from '../../../db/export/csv-export';
import { exportWorkbook, type ExportOptions } from '../../../db/export/export-workbook';
import { invalidInput } from '../../../projection/refusal';
import { runActivity } from './activity';
import type { Handler, HandlerContext, SaveRequest } from './handler-context';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The workbook's file name without `.iwb`: the start of every file an export suggests. */
function stemOf(path: string): string {
  return basename(path, extname(path));
}

/** The path the user chose, with the request's extension when they typed none (or another). */
export function withExtension(path: string, extension: SaveRequest['extension']): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`;
}

async function chooseSavePath(context: HandlerContext, request: SaveRequest): Promise<string | null> {
  const path = await context.desktop.chooseSavePath(request);
  return path === null ? null : withExtension(path, request.extension);
}

/** Writes beside the target and renames into place: a failed write never leaves half a file. */
function writeWhole(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function pngBytes(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  // The schema checked the text; this checks the bytes it decodes to (a truncated image is refused).
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw invalidInput('png: not a PNG image');
  }
  return bytes;
}

/** `charts:savePng`: a chart's image, saved where the user chooses. */
export const savePng: Handler<'charts:savePng'> = async (context, input) => {
  const bytes = pngBytes(input.png);
  const path = await chooseSavePath(context, {
    title: 'Save chart as PNG',
    defaultName: `${input.fileName}.png`,
    extension: 'png',
    filterName: 'PNG image',
  });
  if (path === null) return null;
  writeWhole(path, bytes);
  return { path, fileName: basename(path) };
};

/** `charts:copyPng`: a chart's image on the system clipboard. */
export const copyPng: Handler<'charts:copyPng'> = ({ desktop }, input) => {
  desktop.copyImage(pngBytes(input.png));
  return null;
};

/** `clipboard:read`: what the system clipboard holds as text and HTML, for a grid's Paste. */
export const readClipboardText: Handler<'clipboard:read'> = ({ desktop }) => desktop.readClipboard();

/** `clipboard:write`: a grid's cells as text and HTML on the system clipboard, for the context menu's Copy. */
export const writeClipboardText: Handler<'clipboard:write'> = async ({ desktop }, clip) => {
  await desktop.writeClipboard(clip);
  return null;
};

/** `reports:savePdf`: the page (showing the report's print layout) printed to PDF. */
export const savePdf: Handler<'reports:savePdf'> = async (context, input) => {
  const path = await chooseSavePath(context, {
    title: 'Save scenario report as PDF',
    defaultName: `${input.fileName}.pdf`,
    extension: 'pdf',
    filterName: 'PDF document',
  });
  if (path === null) return null;
  return runActivity(context.workbook, context.emit, 'printing', async () => {
    const bytes = await context.desktop.printToPdf(input.paper);
    writeWhole(path, bytes);
    return { path, fileName: basename(path) };
  });
};

async function exportTo(
  context: HandlerContext,
  request: SaveRequest,
  options: Omit<ExportOptions, 'onProgress'>,
) {
  const path = await chooseSavePath(context, request);
  if (path === null) return null;
  const { workbook, emit } = context;
  return runActivity(workbook, emit, 'exporting', async () => {
    const result = await exportWorkbook(workbook.db, path, {
      ...options,
      onProgress: (progress) => emit('exports:progress', progress),
    });
    return { path, fileName: basename(path), tables: result.tables };
  });
}

/** `exports:xlsx`: the whole workbook (db/export), off the page's thread. */
export const exportXlsx: Handler<'exports:xlsx'> = (context) =>
  exportTo(
    context,
    {
      title: 'Export workbook to XLSX',
      defaultName: `${stemOf(context.workbook.path)}.xlsx`,
      extension: 'xlsx',
      filterName: 'Excel workbook',
    },
    {},
  );

/** `exports:csv`: the Data grid, or a scenario's quarters, its numbers plain or as shown. */
export const exportCsv: Handler<'exports:csv'> = (context, input) => {
  // An unknown scenario is refused before the save dialog, not after it.
  if (input.scenario !== undefined) findScenario(context.workbook.db, input.scenario);
  return exportTo(
    context,
    {
      title: 'Export grid to CSV',
      defaultName: `${stemOf(context.workbook.path)}${input.scenario ? ` ${input.scenario}` : ' data'}.csv`,
      extension: 'csv',
      filterName: 'CSV (comma-separated values)',
    },
    {
      ...(input.scenario === undefined ? {} : { scenario: input.scenario }),
      ...(input.form === undefined ? {} : { form: input.form }),
    },
  );
};

/** A grid's title as part of a file name: the characters no file name may hold become spaces. */
export function fileNamePart(title: string): string {
  return (
    [...title]
      .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100)
      .trim() || 'grid'
  );
}

/** `exports:grid`: a grid of the page as it shows it (or its raw numbers), as CSV where the user chooses. */
export const exportGrid: Handler<'exports:grid'> = async (context, input) => {
  const path = await chooseSavePath(context, {
    title: `Export ${input.title} to CSV`,
    defaultName: `${stemOf(context.workbook.path)} ${fileNamePart(input.title)}.csv`,
    extension: 'csv',
    filterName: 'CSV (comma-separated values)',
  });
  if (path === null) return null;
  writeWhole(path, Buffer.from(csvText(input.header, input.rows), 'utf8'));
  return { path, fileName: basename(path), tables: [input.title] };
};
