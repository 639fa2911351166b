import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgChartInstance } from 'ag-charts-community';
import type { ProjectionDataDto, ScenarioDto } from '../../../electron/contract';
import type { AssumptionKey } from '../../../projection/assumptions';
import { capexBaseFromQuarters } from '../../../projection/capex-check';
import { fitX86 } from '../../../projection/workbook-model';
import { call } from '../../api';
import { useAfterPaint } from '../../components/after-paint';
import { describeProbabilityTotal, probabilityTotal } from '../../components/probability';
import type { StatusMessage } from '../../components/StatusBar';
import { useScenarioList, type SavedAssumption } from '../../state/use-scenario-list';
import { useChartPalette } from './chart-style';
import { EditToPaintTimer } from './edit-to-paint';
import { runModel } from './model-run';
import { buildOutputColumnDefs, buildOutputRows, outputYears } from './output-grid-model';
import { buildRevenueChartOptions, type ChartGrain, type ChartScale } from './revenue-chart-model';

/** The scenario shown when none was chosen: the most probable one. */
const mostProbable = (scenarios: readonly ScenarioDto[]): ScenarioDto | undefined =>
  scenarios.reduce<ScenarioDto | undefined>(
    (best, s) => (!best || s.probability > best.probability ? s : best),
    undefined,
  );

/**
 * The Projection view's state. It fetches the workbook's data and scenarios each time the view is
 * shown (Data view edits change the x86 history and the Instinct estimates) and runs the model
 * itself: every scenario's quarters and years, the comparison and expectation, the x86 fit, the
 * history and capex checks. An assumption saved here recomputes at once: the chart and the
 * outputs grid show it in the next frame, the panels below them one frame later
 * (edit-to-paint.ts measures both).
 */
export function useProjection(onStatus: (message: StatusMessage) => void) {
  const [data, setData] = useState<ProjectionDataDto | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [grain, setGrain] = useState<ChartGrain>('years');
  const [scale, setScale] = useState<ChartScale>('linear');
  const [timer] = useState(() => new EditToPaintTimer());
  const chartRef = useRef<AgChartInstance | null>(null);
  const palette = useChartPalette();

  const onAssumptionSaved = useCallback((saved: SavedAssumption) => timer.start({ ...saved }), [timer]);
  const { scenarios, saveAssumption, editAssumption } = useScenarioList({ onStatus, onAssumptionSaved });

  useEffect(() => {
    call('projection:data').then(setData, (error: Error) =>
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
  const result = run?.ok ? run.value : null;
  const projection = result?.comparison.scenarios.find((s) => s.name === scenario?.name)?.projection;
  // The panels below the fold repaint one frame after the chart and the outputs grid.
  const panelsResult = useAfterPaint(result);
  const outcome = panelsResult?.outcomes.find((o) => o.name === scenario?.name);

  const revenueOptions = useMemo(
    () => (result && data ? buildRevenueChartOptions(result, data, grain, scale, palette) : null),
    [result, data, grain, scale, palette],
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

  const editKeyAssumption = (key: AssumptionKey, text: string) => {
    if (scenario) editAssumption(scenario, key, text);
  };
  /** Goal seek's Apply: the solved value, saved like any other edit. */
  const applyGoal = (key: AssumptionKey, value: number): Promise<void> =>
    scenario ? saveAssumption(scenario.name, key, value) : Promise.resolve();

  return {
    data,
    scenarios,
    scenario,
    choose: setChosen,
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
    probabilityWarning: scenarios ? describeProbabilityTotal(probabilityTotal(scenarios)).warning : null,
    horizonYears: result?.comparison.years.map((y) => y.year) ?? [],
    editKeyAssumption,
    applyGoal,
  };
}
