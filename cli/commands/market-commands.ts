import { loadMarketData } from '../../db/market-data';
import { buildMarketHistory, type MarketHistoryQuarter } from '../../projection/market/market-history';
import { formatNumber, formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import type { Command, CommandContext } from './command';

type Part = 'total' | 'nvidia' | 'amd' | 'xpu' | 'other' | 'epyc';
const PARTS: readonly Part[] = ['total', 'nvidia', 'amd', 'xpu', 'other', 'epyc'];

interface MarketRow extends Record<Part, number> {
  readonly period: string;
}

function row(q: MarketHistoryQuarter): MarketRow {
  return {
    period: q.period,
    total: q.total,
    nvidia: q.nvidia,
    amd: q.amd,
    xpu: q.xpu,
    other: q.other,
    epyc: q.epyc,
  };
}

/** Calendar years as sums of the quarters the history holds (USD millions), with how many it holds. */
function years(rows: readonly MarketRow[]): (MarketRow & { readonly quarterCount: number })[] {
  const out = new Map<string, MarketRow & { quarterCount: number }>();
  for (const r of rows) {
    const year = r.period.slice(0, 4);
    const sum = out.get(year) ?? {
      period: year,
      total: 0,
      nvidia: 0,
      amd: 0,
      xpu: 0,
      other: 0,
      epyc: 0,
      quarterCount: 0,
    };
    for (const p of PARTS) sum[p] += r[p];
    sum.quarterCount++;
    out.set(year, sum);
  }
  return [...out.values()];
}

/**
 * `iwb market FILE [--json]`: the accelerator market rebuilt from the workbook per calendar quarter
 * and year, USD millions: total = NVIDIA + AMD Instinct + XPU + other, with AMD's implied EPYC beside.
 */
export function marketCommand({ positionals, json, print }: CommandContext): void {
  const history = withWorkbook(positionals[0]!, { readonly: true }, (wb) =>
    buildMarketHistory(loadMarketData(wb.db).market),
  );
  const quarters = history.map(row);
  const yearRows = years(quarters);
  if (json) {
    print(
      JSON.stringify({
        quarters,
        years: yearRows.map(({ period, ...rest }) => ({ year: Number(period), ...rest })),
      }),
    );
    return;
  }
  print('AI accelerator market, USD millions (docs/MODEL.md says how each part is found)\n');
  const header = ['period', 'total', 'NVIDIA', 'AMD Instinct', 'XPU', 'other', 'AMD EPYC'];
  const cells = (r: MarketRow) => [r.period, ...PARTS.map((p) => formatNumber(r[p], 0))];
  const yearCells = (y: MarketRow & { readonly quarterCount: number }) => {
    const [, ...rest] = cells(y);
    return [y.quarterCount === 4 ? y.period : `${y.period} (${y.quarterCount} q)`, ...rest];
  };
  print(formatTable(header, [...quarters.map(cells), ...yearRows.map(yearCells)]));
}

/** The `market` entry of the command table. */
export const marketCommandEntry: Command = {
  usage: 'iwb market FILE [--json]',
  summary: 'the accelerator market rebuilt from the workbook, per quarter and year',
  arity: 1,
  run: marketCommand,
};
