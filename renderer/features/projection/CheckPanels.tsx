import { useMemo } from 'react';
import type { CapexCheckYear } from '../../../projection/capex-check';
import type { HistoryRow } from '../../../projection/history-compare';
import type { ModelCheck } from '../../../projection/model-checks';
import { PanelGrid } from '../../components/PanelGrid';
import {
  CAPEX_COLUMNS,
  CAPEX_ROW_CLASSES,
  capexRowId,
  CHECK_COLUMNS,
  checkRowId,
  HISTORY_COLUMNS,
  historyGridRows,
  historyRowId,
  type HistoryGridRow,
} from './checks-grid-model';

/** The checks of one scenario against AMD's and Broadcom's statements, with their verdicts. */
export function ChecksPanel({ scenario, checks }: { scenario: string; checks: readonly ModelCheck[] }) {
  const rows = useMemo(() => [...checks], [checks]);
  const misses = checks.filter((c) => c.verdict === 'misses').length;
  const meets = checks.filter((c) => c.verdict === 'meets').length;
  return (
    <section className="panel">
      <h2>
        Checks against the companies’ statements · {scenario}{' '}
        <span className="check-summary" data-testid="check-summary">
          {meets} meet, {misses} miss
          {checks.length - meets - misses > 0 ? `, ${checks.length - meets - misses} without data` : ''}
        </span>
      </h2>
      <PanelGrid<ModelCheck>
        testId="checks-grid"
        exportTitle={`Checks · ${scenario}`}
        rowData={rows}
        columnDefs={CHECK_COLUMNS}
        getRowId={checkRowId}
      />
      <p className="hint">
        Money in USD millions. A miss is not an error: it shows where the scenario parts from what the
        companies said, and by how much. Hover a check for its source.
      </p>
    </section>
  );
}

/** The rebuilt Instinct revenue beside AMD's statements and the workbook's estimates (the same in every scenario). */
export function HistoryPanel({ history }: { history: readonly HistoryRow[] }) {
  const rows = useMemo(() => historyGridRows(history), [history]);
  return (
    <section className="panel">
      <h2>Statements beside the rebuilt Instinct revenue</h2>
      <PanelGrid<HistoryGridRow>
        testId="history-grid"
        exportTitle="Statements beside the rebuilt Instinct revenue"
        rowData={rows}
        columnDefs={HISTORY_COLUMNS}
        getRowId={historyRowId}
      />
      <p className="hint">
        USD millions. The workbook’s Instinct estimates (Data view) and AMD’s statements against the Instinct
        revenue implied from AMD’s Data Center revenue; every scenario shares this history.
      </p>
    </section>
  );
}

/** The capex check of one scenario, both ways: where the TAM needs more than capex buys, and where capex leaves room. */
export function CapexPanel({ scenario, capex }: { scenario: string; capex: readonly CapexCheckYear[] }) {
  const rows = useMemo(() => [...capex], [capex]);
  return (
    <section className="panel">
      <h2>Capex check · {scenario}</h2>
      {capex.length > 0 ? (
        <>
          <PanelGrid
            testId="capex-grid"
            exportTitle={`Capex check · ${scenario}`}
            rowData={rows}
            columnDefs={CAPEX_COLUMNS}
            rowClassRules={CAPEX_ROW_CLASSES}
            getRowId={capexRowId}
          />
          <p className="hint" data-testid="capex-note">
            USD millions. Implied spend = TAM × the hyperscalers’ share of demand; budget = capex ×
            accelerator fraction.{' '}
            {capex.some((c) => c.gap > 0)
              ? 'Highlighted years: the TAM needs more accelerator spend than the hyperscalers’ capex pays for.'
              : 'In every year the hyperscalers’ capex covers the accelerator spend the TAM implies.'}
          </p>
        </>
      ) : (
        <p className="warning">The workbook has no whole year of hyperscaler capex to check against.</p>
      )}
    </section>
  );
}
