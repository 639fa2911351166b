import { useMemo } from 'react';
import type { CapexBase, CapexCheckYear } from '../../../projection/capex-check';
import type { HistoryRow } from '../../../projection/history-compare';
import { formatMoney } from '../../components/number-format';
import { PanelGrid } from '../../components/PanelGrid';
import {
  CAPEX_COLUMNS,
  CAPEX_ROW_CLASSES,
  capexRowId,
  HISTORY_COLUMNS,
  historyGridRows,
  historyRowId,
  type HistoryGridRow,
} from './checks-grid-model';

/** The model beside the workbook's Instinct estimates and AMD's statements, for one scenario. */
export function HistoryPanel({ scenario, history }: { scenario: string; history: readonly HistoryRow[] }) {
  const rows = useMemo(() => historyGridRows(history), [history]);
  return (
    <section className="panel">
      <h2>History beside the model · {scenario}</h2>
      <PanelGrid<HistoryGridRow>
        testId="history-grid"
        rowData={rows}
        columnDefs={HISTORY_COLUMNS}
        getRowId={historyRowId}
      />
      <p className="hint">
        The workbook’s Instinct estimates (Data view) and AMD’s statements against the model’s Instinct
        revenue.
      </p>
    </section>
  );
}

interface CapexPanelProps {
  readonly scenario: string;
  readonly capex: readonly CapexCheckYear[];
  readonly base: CapexBase | null;
}

/** The capex cross-check of one scenario, years whose TAM the capex does not pay for highlighted. */
export function CapexPanel({ scenario, capex, base }: CapexPanelProps) {
  const rows = useMemo(() => [...capex], [capex]);
  return (
    <section className="panel">
      <h2>Capex cross-check · {scenario}</h2>
      {capex.length > 0 ? (
        <>
          <PanelGrid
            testId="capex-grid"
            rowData={rows}
            columnDefs={CAPEX_COLUMNS}
            rowClassRules={CAPEX_ROW_CLASSES}
            getRowId={capexRowId}
          />
          <p className="hint" data-testid="capex-note">
            {capex.some((c) => c.gap > 0)
              ? 'Highlighted years: the TAM needs more accelerator spend than the hyperscalers’ capex pays for.'
              : 'In every year the hyperscalers’ capex covers the accelerator spend the TAM implies.'}{' '}
            {base && `Capex base: ${formatMoney(base.total)} in the four quarters to ${base.endQuarter}.`}
          </p>
        </>
      ) : (
        <p className="warning">
          The workbook has no four consecutive quarters of hyperscaler capex to check against.
        </p>
      )}
    </section>
  );
}
