import type { ImportPreviewDto } from '../../../electron/contract';

export { MONTHS } from '../../components/months';

/**
 * The companies a preview names, to offer for a fiscal year end: the one given for the whole
 * file, the company of each new series, and that of every row's series key; each once whatever
 * its case (the name as written is preferred to the key's lower case), sorted.
 */
export function companiesInPreview(preview: ImportPreviewDto): string[] {
  const names = new Map<string, string>();
  const add = (name: string | undefined) => {
    const trimmed = name?.trim();
    if (trimmed && !names.has(trimmed.toLowerCase())) names.set(trimmed.toLowerCase(), trimmed);
  };
  add(preview.options.company);
  preview.newSeries.forEach((series) => add(series.company));
  preview.rows.forEach((row) => add(row.seriesKey?.split('.')[0]));
  return [...names.values()].sort((a, b) => a.localeCompare(b));
}
