import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes a long CSV of `rows` new values (period, company, metric, value, unit): 1,000 new series
 * (100 companies × 10 metrics) over as many quarters from 1950Q1 as the count needs. Large enough
 * that a preview or commit of it takes long enough to be watched and cancelled. Returns its size.
 */
export function writeLargeLongCsv(path: string, rows: number): number {
  const fd = openSync(path, 'w');
  let size = 0;
  const write = (text: string) => {
    size += writeSync(fd, text);
  };
  try {
    write('period,company,metric,value,unit\n');
    let batch = '';
    for (let i = 0; i < rows; i++) {
      const series = i % 1000;
      const quarter = Math.floor(i / 1000);
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
