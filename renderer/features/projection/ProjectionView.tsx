import './projection.css';
import { useEffect } from 'react';
import { PanelGrid } from '../../components/PanelGrid';
import { Segmented } from '../../components/Segmented';
import type { StatusMessage } from '../../components/StatusBar';
import { useChartExport } from '../../state/use-chart-export';
import { ChartPanel } from './ChartPanel';
import { CapexPanel, ChecksPanel, HistoryPanel } from './CheckPanels';
import { ComparisonPanel } from './ComparisonPanel';
import { GoalSeekPanel } from './GoalSeekPanel';
import { KeyAssumptions } from './KeyAssumptions';
import { MarketHistoryPanel } from './MarketHistoryPanel';
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

interface ProjectionViewProps {
  readonly onStatus: (message: StatusMessage) => void;
  /** Opens the scenario report (print to PDF) for the scenario shown. */
  readonly onReport: (scenario: string) => void;
  /** Told the scenario shown, whenever it changes. */
  readonly onScenario: (scenario: string) => void;
}

/**
 * The Projection view: the chosen scenario's key assumptions beside the market (history and
 * projection), the scenarios' Instinct revenue, revenue from deals and from share, the segments,
 * the checks, the outputs, the comparison, the capex check, the statements, the rebuilt history
 * with its sources, the x86 fit and goal seek. The state and the model run are use-projection.ts's.
 */
export function ProjectionView({ onStatus, onReport, onScenario }: ProjectionViewProps) {
  const p = useProjection(onStatus);
  const exportChart = useChartExport(onStatus);
  const { data, scenarios, scenario, run, result, panelsResult, projection, outcome, context } = p;
  const shown = scenario?.name;
  useEffect(() => {
    if (shown !== undefined) onScenario(shown);
  }, [shown, onScenario]);

  if (!data || !scenarios || !scenario) return <div className="loading">Loading the projection…</div>;
  const per = `USD millions per ${p.grain === 'years' ? 'year' : 'quarter'}`;

  return (
    <div className="page projection-page" data-testid="projection-view">
      <div className="toolbar">
        <label>
          Scenario{' '}
          <select
            value={scenario.name}
            onChange={(event) => p.choose(event.target.value)}
            data-testid="scenario-select"
          >
            {scenarios.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <Segmented label="Chart periods" value={p.grain} onChange={p.setGrain} options={GRAINS} />
        {result && (
          <span className="muted" data-testid="horizon">
            Reported to {result.jumpOff.quarter} (the jump-off); projected {result.firstQuarter}–
            {result.endQuarter}. Money in USD millions.
          </span>
        )}
        {p.probabilityWarning && <span className="warning">Probabilities: {p.probabilityWarning}.</span>}
        <button
          type="button"
          className="button"
          onClick={() => onReport(scenario.name)}
          data-testid="open-report"
        >
          Report PDF…
        </button>
      </div>
      {run && !run.ok && (
        <div className="error-box" role="alert">
          Cannot run the model: {run.error.message}. Fix it in the Scenarios view.
        </div>
      )}
      <div className="panel-row">
        <section className="panel key-panel">
          <h2>Key assumptions · {scenario.name}</h2>
          <KeyAssumptions scenario={scenario} onEdit={p.editKeyAssumption} />
          <p className="hint">
            Enter saves and recomputes; Escape restores the saved value. All assumptions, deals and history
            settings: Scenarios view.
          </p>
        </section>
        {p.marketOptions && (
          <ChartPanel
            title={`The accelerator market: history and projection · ${scenario.name}`}
            testId="market-chart"
            options={p.marketOptions}
            chartRef={p.marketChartRef}
            hint="Stacked: NVIDIA, AMD Instinct, custom accelerators (XPU) and other merchant accelerators. Diamonds: AMD’s own TAM statements."
            caption={`${per}. Stacked: NVIDIA, AMD Instinct, custom accelerators (XPU), other merchant; diamonds: AMD’s TAM statements.`}
            onExport={exportChart}
          />
        )}
      </div>
      <div className="panel-row">
        {p.revenueOptions && (
          <ChartPanel
            title="Instinct revenue: history and scenarios"
            testId="revenue-chart"
            options={p.revenueOptions}
            chartRef={p.chartRef}
            caption={`${per}, ${p.scale} scale. Reported history and each scenario’s projection.`}
            onExport={exportChart}
            controls={
              <Segmented label="Chart scale" value={p.scale} onChange={p.setScale} options={SCALES} />
            }
          />
        )}
        {/* The analog the share ramps are set against, beside the revenue they drive. It draws the
            workbook's x86 history only, so an assumption edit repaints two charts in view, not three. */}
        <X86FitPanel history={data.x86History} fit={p.x86Fit} scenario={scenario} onExport={exportChart} />
      </div>
      {result && panelsResult && projection && outcome && context && (
        <>
          <div className="panel-row">
            {p.segmentOptions && (
              <ChartPanel
                title={`Training and inference · ${scenario.name}`}
                testId="segment-chart"
                options={p.segmentOptions}
                hint="The TAM by segment; hover for AMD’s Instinct revenue and share in each."
                caption={`${per}. The accelerator market (TAM) by segment.`}
                onExport={exportChart}
              />
            )}
            {p.dealsOptions && (
              <ChartPanel
                title={`Instinct revenue from deals and from share · ${scenario.name}`}
                testId="deals-chart"
                options={p.dealsOptions}
                hint="Where the dashed floor is above the stack, the scenario’s share-driven revenue falls short of its deals."
                caption={`${per}. Instinct revenue from deals and from share; dashed: the deals’ floor.`}
                onExport={exportChart}
              />
            )}
          </div>
          <ChecksPanel scenario={scenario.name} checks={outcome.checks} />
          <section className="panel">
            <h2>Outputs · {scenario.name}</h2>
            <PanelGrid<OutputRow>
              testId="output-grid"
              exportTitle={`Outputs · ${scenario.name}`}
              isDefaultExport
              rowData={p.outputRows}
              columnDefs={p.outputColumns}
              getRowId={outputRowId}
              wideRows={p.outputRows.length}
              headerRows={2}
              onRowDataUpdated={p.onOutputRows}
            />
            <p className="hint">Reported years are folded: click a year’s header to show its quarters.</p>
          </section>
          <ComparisonPanel result={panelsResult} />
          <CapexPanel scenario={scenario.name} capex={outcome.capex} />
          <HistoryPanel history={panelsResult.statements} />
          <MarketHistoryPanel history={panelsResult.history} />
          <GoalSeekPanel
            key={scenario.name}
            context={context}
            scenario={scenario}
            years={p.horizonYears}
            onApply={p.applyGoal}
          />
        </>
      )}
    </div>
  );
}
