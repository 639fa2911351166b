import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgCharts } from 'ag-charts-react';
import type { AgChartInstance } from 'ag-charts-community';
import type { ProjectionDataDto, ScenarioDto } from '../../../electron/contract';
import type { AssumptionKey } from '../../../projection/assumptions';
import { capexBaseFromQuarters } from '../../../projection/capex-check';
import { fitX86 } from '../../../projection/workbook-model';
import { call } from '../../api';
import { useAfterPaint } from '../../components/after-paint';
import { CHART_MODULES } from '../../components/chart-modules';
import { PanelGrid } from '../../components/PanelGrid';
import { Segmented } from '../../components/Segmented';
import type { StatusMessage } from '../../components/StatusBar';
import { assumptionCellName, interpretAssumptionEdit } from '../scenarios/assumption-edit';
import { formatAssumptionText } from '../scenarios/assumption-text';
import { describeProbabilityTotal, probabilityTotal } from '../scenarios/probability';
import { CapexPanel, HistoryPanel } from './CheckPanels';
import { ComparisonPanel } from './ComparisonPanel';
import { EditToPaintTimer } from './edit-to-paint';
import { GoalSeekPanel } from './GoalSeekPanel';
import { KeyAssumptions } from './KeyAssumptions';
import { runModel } from './model-run';
import {
  buildOutputColumnDefs,
  buildOutputRows,
  outputRowId,
  outputYears,
  type OutputRow,
} from './output-grid-model';
import { buildRevenueChartOptions, type ChartGrain, type ChartScale } from './revenue-chart-model';
import { X86FitPanel } from './X86FitPanel';

/** The scenario shown when none was chosen: the most probable one. */
const mostProbable = (scenarios: readonly ScenarioDto[]): ScenarioDto | undefined =>
  scenarios.reduce<ScenarioDto | undefined>(
    (best, s) => (!best || s.probability > best.probability ? s : best),
    undefined,
  );

const ignore = () => {};

const GRAINS = [
  { value: 'years', label: 'Years' },
  { value: 'quarters', label: 'Quarters' },
] as const;
const SCALES = [
  { value: 'linear', label: 'Linear' },
  { value: 'log', label: 'Log' },
] as const;

/**
 * The Projection view. It fetches the workbook's data and scenarios each time it is shown (Data
 * view edits change the x86 history and the Instinct estimates) and runs the model itself: every
 * scenario's quarters and years, the comparison and expectation, the x86 fit, the history and
 * capex checks. An assumption saved here recomputes at once: the chart and the outputs grid show it
 * in the next frame, the panels below them one frame later (edit-to-paint.ts measures both).
 */
export function ProjectionView({ onStatus }: { onStatus: (message: StatusMessage) => void }) {
  const [data, setData] = useState<ProjectionDataDto | null>(null);
  const [scenarios, setScenarios] = useState<ScenarioDto[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [grain, setGrain] = useState<ChartGrain>('years');
  const [scale, setScale] = useState<ChartScale>('linear');
  const [timer] = useState(() => new EditToPaintTimer());
  const chartRef = useRef<AgChartInstance | null>(null);

  useEffect(() => {
    Promise.all([call('projection:data'), call('scenarios:list')]).then(
      ([loaded, list]) => {
        setData(loaded);
        setScenarios(list);
      },
      (error: Error) =>
        onStatus({ kind: 'error', text: `Cannot load the projection’s data: ${error.message}` }),
    );
  }, [onStatus]);

  const x86Fit = useMemo(() => (data ? fitX86(data.x86History) : null), [data]);
  const run = useMemo(
    () => (data && scenarios ? runModel(data, scenarios, x86Fit) : null),
    [data, scenarios, x86Fit],
  );
  const scenario =
    scenarios?.find((s) => s.name === chosen) ?? (scenarios ? mostProbable(scenarios) : undefined);
  const result = run?.ok ? run.result : null;
  const projection = result?.comparison.scenarios.find((s) => s.name === scenario?.name)?.projection;
  // The panels below the fold repaint one frame after the chart and the outputs grid.
  const panelsResult = useAfterPaint(result);
  const outcome = panelsResult?.outcomes.find((o) => o.name === scenario?.name);

  const revenueOptions = useMemo(
    () => (result && data ? buildRevenueChartOptions(result, data, grain, scale) : null),
    [result, data, grain, scale],
  );
  const outputRows = useMemo(() => (projection ? buildOutputRows(projection) : []), [projection]);
  // Columns change only with the horizon's periods; new columns would make AG Grid rebuild them.
  const periodsKey = JSON.stringify(projection ? outputYears(projection) : []);
  const outputColumns = useMemo(
    () => buildOutputColumnDefs(JSON.parse(periodsKey) as ReturnType<typeof outputYears>),
    [periodsKey],
  );
  const capexBase = useMemo(
    () => (data && data.capexQuarters.length >= 4 ? capexBaseFromQuarters(data.capexQuarters) : null),
    [data],
  );

  // Runs after the grid and chart (children) have taken the recomputed model: see edit-to-paint.ts.
  useEffect(() => timer.committed(chartRef.current), [run, timer]);
  const onOutputRows = useCallback(() => timer.gridUpdated(), [timer]);
  useEffect(() => timer.panelsCommitted(), [panelsResult, timer]);

  const saveAssumption = useCallback(
    (target: string, key: AssumptionKey, value: number): Promise<void> => {
      const cell = assumptionCellName(target, key);
      return call('scenarios:setAssumption', { scenario: target, key, value }).then(
        (saved) => {
          timer.start({ scenario: target, key, value });
          setScenarios((current) => current?.map((s) => (s.name === target ? saved : s)) ?? null);
          onStatus({ kind: 'info', text: `Saved ${cell}: ${formatAssumptionText(key, value)}` });
        },
        (error: Error) => {
          onStatus({ kind: 'error', text: `${cell}: ${error.message}; nothing was saved.` });
          throw error;
        },
      );
    },
    [onStatus, timer],
  );

  const editKeyAssumption = (key: AssumptionKey, text: string) => {
    if (!scenario) return;
    const edit = interpretAssumptionEdit(scenario, key, text);
    if (edit.kind === 'refused') onStatus({ kind: 'error', text: edit.message });
    if (edit.kind === 'save') saveAssumption(scenario.name, key, edit.value).catch(ignore);
  };

  if (!data || !scenarios || !scenario) return <div className="loading">Loading the projection…</div>;
  const total = describeProbabilityTotal(probabilityTotal(scenarios));
  const horizonYears = result?.comparison.years.map((y) => y.year) ?? [];

  return (
    <div className="page" data-testid="projection-view">
      <div className="toolbar">
        <label>
          Scenario{' '}
          <select
            value={scenario.name}
            onChange={(event) => setChosen(event.target.value)}
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
        {total.warning && <span className="warning">Probabilities: {total.warning}.</span>}
      </div>
      {run && !run.ok && (
        <div className="error-box" role="alert">
          Cannot run the model: {run.message}. Fix it in the Scenarios view.
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
              onApply={(key, value) => saveAssumption(scenario.name, key, value)}
            />
          </div>
        </>
      )}
    </div>
  );
}
