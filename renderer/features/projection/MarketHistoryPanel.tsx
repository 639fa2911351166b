import { useState } from 'react';
import type { CellClickedEvent } from 'ag-grid-community';
import type { MarketHistoryQuarter } from '../../../projection/market/market-history';
import { PanelGrid } from '../../components/PanelGrid';
import { MARKET_HISTORY_COLUMNS, marketHistoryRowId, sourceLines } from './market-history-grid-model';

/**
 * The market rebuilt from the workbook, quarter by quarter, with implied EPYC beside Instinct.
 * Hover a part for its source, or click a quarter to list every part's source below the grid
 * (the jump-off quarter until one is chosen).
 */
export function MarketHistoryPanel({ history }: { history: readonly MarketHistoryQuarter[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const quarter = history.find((q) => q.period === chosen) ?? history.at(-1);
  const rows = history as MarketHistoryQuarter[];
  const onCellClicked = (event: CellClickedEvent<MarketHistoryQuarter>) => {
    if (event.data) setChosen(event.data.period);
  };
  return (
    <section className="panel">
      <h2>The market rebuilt from the workbook</h2>
      <PanelGrid<MarketHistoryQuarter>
        testId="market-history-grid"
        exportTitle="Market rebuilt from the workbook"
        rowData={rows}
        columnDefs={MARKET_HISTORY_COLUMNS}
        getRowId={marketHistoryRowId}
        onCellClicked={onCellClicked}
      />
      {quarter && (
        <div className="sources" data-testid="market-sources">
          <h3>Where {quarter.period} comes from (USD millions)</h3>
          <dl>
            {sourceLines(quarter).map((line) => (
              <div key={line.part}>
                <dt>
                  {line.part} <strong>{line.value}</strong>
                </dt>
                <dd>{line.source}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <p className="hint">
        Calendar quarters, USD millions. History settings (accelerator fractions, Broadcom’s share, the other
        share) are in the Scenarios view and apply to every scenario. Click a quarter to see its sources.
      </p>
    </section>
  );
}
