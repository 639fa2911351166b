import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { backtest } from '../../projection/backtest';
import { invalidInput } from '../../projection/refusal';
import { runWorkbookModel } from '../../projection/workbook-model';
import { findScenario } from '../commands';
import { listAllObservations } from '../derived-series';
import { loadProjectionData } from '../projection-data';
import { repositories } from '../repositories';
import type { Db } from '../db';
import { toCsv, type CsvForm } from './csv-export';
import { dataTable, type ExportTable } from './export-tables';
import { backtestTable, comparisonTable, marketTable, scenarioTables } from './model-tables';
import { writeXlsx } from './xlsx-export';

/**
 * Exports a workbook to a file people can share. XLSX: the Data grid, each scenario's assumptions,
 * quarters and years, the market history, the comparison and the backtest. CSV: one grid (the
 * Data grid, or a scenario's quarters with `scenario`). The file is written beside its target and
 * renamed into place, so a failed export never leaves half a file.
 */

export interface ExportResult {
  readonly path: string;
  readonly tables: readonly string[];
}

function modelTables(db: Db, only?: string): ExportTable[] {
  const scenarios = repositories(db).scenarios.listScenarios();
  const chosen = only === undefined ? scenarios : [findScenario(db, only)];
  const data = loadProjectionData(db);
  const result = runWorkbookModel(data, chosen);
  return [
    ...chosen.flatMap((s, i) => scenarioTables(s, result.comparison.scenarios[i]!.projection)),
    marketTable(result.history),
    comparisonTable(result.comparison),
    backtestTable(backtest(repositories(db).vintages.listVintages(), [...result.history])),
  ];
}

/** How far an export has got: `done` of `total` steps, the step running now named. */
export interface ExportProgress {
  readonly done: number;
  readonly total: number;
  readonly step: string;
}

export interface ExportOptions {
  /** Only this scenario (CSV: its quarters instead of the Data grid). */
  readonly scenario?: string;
  /** CSV: numbers as plain numbers (the default) or as the grid shows them. */
  readonly form?: CsvForm;
  readonly onProgress?: (progress: ExportProgress) => void;
}

export async function exportWorkbook(
  db: Db,
  path: string,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') {
    throw invalidInput(`${path}: export writes .xlsx or .csv files`);
  }
  const repos = repositories(db);
  // A CSV of plain numbers gives each series' unit as stored; the XLSX and a CSV as shown, as the grid shows it.
  const isShown = extension === '.xlsx' || options.form === 'shown';
  const data = dataTable(repos.series.listSeries(), listAllObservations(db), isShown);
  const temporary = `${path}.${process.pid}.partial`;
  try {
    if (extension === '.csv') {
      const table = options.scenario === undefined ? data : modelTables(db, options.scenario)[1]!;
      writeFileSync(temporary, toCsv(table, options.form ?? 'raw'));
      renameSync(temporary, path);
      return { path, tables: [table.name] };
    }
    const report = options.onProgress ?? (() => undefined);
    report({ done: 0, total: 1, step: 'running the scenarios' });
    const tables = [data, ...modelTables(db, options.scenario)];
    // One step per sheet laid out, one for writing the file.
    const total = tables.length + 1;
    let done = 0;
    await writeXlsx(temporary, tables, (sheet) =>
      report({ done: done++, total, step: sheet === null ? 'writing the file' : `sheet ${sheet}` }),
    );
    report({ done: total, total, step: 'done' });
    renameSync(temporary, path);
    return { path, tables: tables.map((t) => t.name) };
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
