import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/**
 * An XLSX file's zip archive, read through its central directory with yauzl: each part is found
 * by name and streamed on its own, in the order the reader needs (workbook, styles, strings, then
 * a sheet), whatever order the file stores them in. (exceljs's streaming reader walks the archive
 * front to back and intermittently loses parts: exceljs issue 3064.)
 */
export interface XlsxZip {
  has(name: string): boolean;
  /** Uncompressed size of a part, as the central directory states it (yauzl checks it on reading). */
  size(name: string): number;
  /** The part's bytes, inflated, as a stream. */
  open(name: string): Promise<Readable>;
  close(): void;
}

function openArchive(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    ),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** Opens the archive at `path`; rejects when it is not a zip archive. */
export async function openXlsxZip(path: string): Promise<XlsxZip> {
  const zip = await openArchive(path);
  let entries: Map<string, yauzl.Entry>;
  try {
    entries = await listEntries(zip);
  } catch (error) {
    zip.close();
    throw error;
  }
  const entry = (name: string) => {
    const found = entries.get(name);
    if (!found) throw new Error(`the archive has no part ${name}`);
    return found;
  };
  return {
    has: (name) => entries.has(name),
    size: (name) => entry(name).uncompressedSize,
    open: (name) =>
      new Promise((resolve, reject) =>
        zip.openReadStream(entry(name), (error, stream) => (error ? reject(error) : resolve(stream))),
      ),
    close: () => zip.close(),
  };
}
