import './projection.css';
import { AgCharts } from 'ag-charts-react';
import { CHART_MODULES } from '../../components/chart-modules';
import { PanelGrid } from '../../components/PanelGrid';
import { Segmented } from '../../components/Segmented';
import type { StatusMessage } from '../../components/StatusBar';
import { CapexPanel, HistoryPanel } from './CheckPanels';
import { ComparisonPanel } from './ComparisonPanel';
import { GoalSeekPanel } from './GoalSeekPanel';
import { KeyAssumptions } from './KeyAssumptions';
import { outputRowId, type OutputRow } from './output-grid-model';
import { useProjection } from './use-projection';
import { X86FitPanel } from './X86FitPanel';

const GRAINS = [
  { value: 'years', label: 'Years' },
  { value: 'quarters', label: 'Quarters' },
] as const;
const SCALES = [
  { value: 'linear', label: 'Linear' },
  { value: 'log', label: 'Log' },
] as const;

/**
 * The Projection view: the chosen scenario's key assumptions, the revenue chart of every
 * scenario, the outputs, the comparison, the checks, the x86 fit and goal seek. The state and the
 * model run are use-projection.ts's.
 */
export function ProjectionView({ onStatus }: { onStatus: (message: StatusMessage) => void }) {
  const {
    data,
    scenarios,
    scenario,
    choose,
    grain,
    setGrain,
    scale,
    setScale,
    chartRef,
    run,
    result,
    projection,
    panelsResult,
    outcome,
    x86Fit,
    capexBase,
    revenueOptions,
    outputRows,
    outputColumns,
    onOutputRows,
    probabilityWarning,
    horizonYears,
    editKeyAssumption,
    applyGoal,
  } = useProjection(onStatus);

  if (!data || !scenarios || !scenario) return <div className="loading">Loading the projection…</div>;

  return (
    <div className="page" data-testid="projection-view">
      <div className="toolbar">
        <label>
          Scenario{' '}
          <select
            value={scenario.name}
            onChange={(event) => choose(event.target.value)}
            data-testid="scenario-select"
          >
            {scenarios.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          Reported to {data.lastReportedQuarter}
          {result && `; projected ${result.firstQuarter}–${result.endQuarter}`}. Money in USD millions.
        </span>
        {probabilityWarning && <span className="warning">Probabilities: {probabilityWarning}.</span>}
      </div>
      {run && !run.ok && (
        <div className="error-box" role="alert">
          Cannot run the model: {run.error.message}. Fix it in the Scenarios view.
        </div>
      )}
      <div className="panel-row">
        <section className="panel key-panel">
          <h2>Key assumptions · {scenario.name}</h2>
          <KeyAssumptions scenario={scenario} onEdit={editKeyAssumption} />
          <p className="hint">
            Enter saves and recomputes; Escape restores the saved value. All assumptions: Scenarios view.
          </p>
        </section>
        {revenueOptions && (
          <section className="panel chart-panel">
            <div className="panel-head">
              <h2>Instinct revenue: history and scenarios</h2>
              <div className="chart-controls">
                <Segmented label="Chart periods" value={grain} onChange={setGrain} options={GRAINS} />
                <Segmented label="Chart scale" value={scale} onChange={setScale} options={SCALES} />
              </div>
            </div>
            <div className="chart" data-testid="revenue-chart">
              <AgCharts ref={chartRef} options={revenueOptions} modules={CHART_MODULES} />
            </div>
          </section>
        )}
      </div>
      {result && panelsResult && projection && outcome && (
        <>
          <section className="panel">
            <h2>Outputs · {scenario.name}</h2>
            <PanelGrid<OutputRow>
              testId="output-grid"
              rowData={outputRows}
              columnDefs={outputColumns}
              getRowId={outputRowId}
              wideRows={outputRows.length}
              headerRows={2}
              onRowDataUpdated={onOutputRows}
            />
          </section>
          <ComparisonPanel result={panelsResult} />
          <HistoryPanel scenario={scenario.name} history={outcome.history} />
          <CapexPanel scenario={scenario.name} capex={outcome.capex} base={capexBase} />
          <div className="panel-row">
            <X86FitPanel history={data.x86History} fit={x86Fit} scenario={scenario} />
            <GoalSeekPanel
              key={scenario.name}
              scenario={scenario}
              x86Fit={result.x86Fit}
              years={horizonYears}
              onApply={applyGoal}
            />
          </div>
        </>
      )}
    </div>
  );
}
