import { useMemo } from 'react';
import type { VintageDto } from '../../../electron/contract';
import type { VintageScore } from '../../../projection/backtest';
import type { MarketHistoryQuarter } from '../../../projection/market/market-history';
import { ExportableChart, type ChartExportRequest } from '../../components/ExportableChart';
import { useChartPalette } from '../../components/chart-style';
import { PanelGrid } from '../../components/PanelGrid';
import {
  BACKTEST_COLUMNS,
  backtestRowId,
  buildBacktestChart,
  buildBacktestRows,
  describeScore,
} from './backtest-model';

interface BacktestPanelProps {
  readonly vintages: readonly VintageDto[];
  readonly scores: readonly VintageScore[];
  readonly history: readonly MarketHistoryQuarter[];
  readonly onExport: (request: ChartExportRequest) => void;
}

function ScoreGrid({ score, total }: { score: VintageScore; total: number }) {
  const rows = useMemo(() => buildBacktestRows(score), [score]);
  return (
    <div className="backtest-vintage" data-testid={`backtest-${score.vintage}`}>
      <h3>
        {score.rank !== null && <span className="rank">#{score.rank}</span>} Vintage {score.vintage}:{' '}
        {score.label}
      </h3>
      <p className="backtest-summary" data-testid={`backtest-summary-${score.vintage}`}>
        {describeScore(score, total)}
      </p>
      {rows.length > 0 && (
        <PanelGrid
          testId={`backtest-grid-${score.vintage}`}
          exportTitle={`Backtest · vintage ${score.vintage}`}
          rowData={rows}
          columnDefs={BACKTEST_COLUMNS}
          getRowId={backtestRowId}
        />
      )}
    </div>
  );
}

/**
 * Every vintage scored on the quarters it projected that are now reported: per quarter projected,
 * reported, error and % error; per vintage its MAPE and rank; and a chart of each vintage's Instinct
 * path against the Instinct revenue the workbook holds now.
 */
export function BacktestPanel({ vintages, scores, history, onExport }: BacktestPanelProps) {
  const palette = useChartPalette();
  const options = useMemo(() => buildBacktestChart(vintages, history, palette), [vintages, history, palette]);
  const scored = scores.filter((s) => s.rank !== null).length;
  return (
    <section className="panel" data-testid="backtest">
      <h2>Backtest</h2>
      <p className="hint">
        Each vintage against what is reported now: Instinct revenue against the workbook’s Instinct figures,
        NVIDIA’s implied revenue against its Data Center revenue at the accelerator fraction, the TAM against
        the rebuilt market. Error = projected − reported (USD millions); ranked by Instinct MAPE.{' '}
        {scored === 0 && 'No vintage has a reported quarter to score yet.'}
      </p>
      {scores.map((s) => (
        <ScoreGrid key={s.vintage} score={s} total={scored} />
      ))}
      {vintages.length === 0 ? (
        <p className="muted">
          No vintages to score: freeze a scenario, then score it as quarters are reported.
        </p>
      ) : (
        <ExportableChart
          testId="backtest-chart"
          className="backtest-chart"
          options={options}
          text={{
            title: 'Backtest: each vintage’s Instinct revenue against what was reported',
            subtitle:
              'Instinct revenue per quarter, USD millions: each vintage as frozen, and the reported (rebuilt) Instinct revenue.',
          }}
          onExport={onExport}
        />
      )}
    </section>
  );
}
