import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes a long CSV of `rows` new values (period, company, metric, value, unit): at least 1,000
 * new series (companies × 10 metrics), each over at most 800 quarters from 1950Q1 (the workbook's
 * periods end in 2199). Large enough that a preview or commit of it takes long enough to be
 * watched and cancelled. Returns its size in bytes.
 */
export function writeLargeLongCsv(path: string, rows: number): number {
  const fd = openSync(path, 'w');
  let size = 0;
  const write = (text: string) => {
    size += writeSync(fd, text);
  };
  try {
    write('period,company,metric,value,unit\n');
    const seriesCount = Math.max(1000, Math.ceil(rows / 800));
    let batch = '';
    for (let i = 0; i < rows; i++) {
      const series = i % seriesCount;
      const quarter = Math.floor(i / seriesCount);
      const year = 1950 + Math.floor(quarter / 4);
      batch += `${year}Q${(quarter % 4) + 1},Co${Math.floor(series / 10)},m${series % 10},${i % 9973}.5,USD millions\n`;
      if (batch.length > 1 << 16) {
        write(batch);
        batch = '';
      }
    }
    write(batch);
  } finally {
    closeSync(fd);
  }
  return size;
}
