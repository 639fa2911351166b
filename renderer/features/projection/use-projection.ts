import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AgChartInstance } from 'ag-charts-community';
import type { ProjectionDataDto, ScenarioDto } from '../../../electron/contract';
import type { AssumptionKey } from '../../../projection/assumptions';
import { fitX86, modelContext, type WorkbookModelResult } from '../../../projection/workbook-model';
import { call } from '../../api';
import { describeProbabilityTotal, probabilityTotal } from '../../components/probability';
import type { StatusMessage } from '../../components/StatusBar';
import { useScenarioList, type SavedAssumption } from '../../state/use-scenario-list';
import { EditToPaintTimer, type UpdatingChart } from './edit-to-paint';
import { runModel } from './model-run';
import { buildOutputColumnDefs, buildOutputRows, outputYears } from './output-grid-model';
import type { ChartGrain } from './period-data';
import type { ChartScale } from './revenue-chart-model';
import { useProjectionCharts } from './use-projection-charts';

/** The scenario shown when none was chosen: the most probable one. */
const mostProbable = (scenarios: readonly ScenarioDto[]): ScenarioDto | undefined =>
  scenarios.reduce<ScenarioDto | undefined>(
    (best, s) => (!best || s.probability > best.probability ? s : best),
    undefined,
  );

/**
 * The Projection view's state. It fetches the workbook's data and scenarios each time the view is
 * shown (Data view edits change the history, the x86 share and the Instinct estimates) and runs
 * the model itself: the market rebuilt from the workbook, every scenario's quarters and years, the
 * comparison and expectation, the x86 fit, the statements, checks and capex check. An assumption
 * saved here recomputes at once: the charts in view at the top (market, Instinct revenue)
 * show it in the next frame, the panels below the fold (the outputs grid among them) one frame
 * later (edit-to-paint.ts measures both).
 */
export function useProjection(onStatus: (message: StatusMessage) => void) {
  const [data, setData] = useState<ProjectionDataDto | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [grain, setGrain] = useState<ChartGrain>('years');
  const [scale, setScale] = useState<ChartScale>('linear');
  const [timer] = useState(() => new EditToPaintTimer());
  const chartRef = useRef<AgChartInstance | null>(null);
  const marketChartRef = useRef<AgChartInstance | null>(null);

  const onAssumptionSaved = useCallback((saved: SavedAssumption) => timer.start({ ...saved }), [timer]);
  const { scenarios, saveAssumption, editAssumption } = useScenarioList({ onStatus, onAssumptionSaved });

  useEffect(() => {
    call('projection:data').then(setData, (error: Error) =>
      onStatus({ kind: 'error', text: `Cannot load the projection’s data: ${error.message}` }),
    );
  }, [onStatus]);

  const x86Fit = useMemo(() => (data ? fitX86(data.x86History) : null), [data]);
  const context = useMemo(() => {
    try {
      return data ? modelContext(data, x86Fit) : null;
    } catch {
      // The model run below says why (runModel turns the refusal into a message).
      return null;
    }
  }, [data, x86Fit]);
  const run = useMemo(
    () => (data && scenarios ? runModel(data, scenarios, x86Fit) : null),
    [data, scenarios, x86Fit],
  );
  const scenario =
    scenarios?.find((s) => s.name === chosen) ?? (scenarios ? mostProbable(scenarios) : undefined);
  const result = run?.ok ? run.value : null;
  const projection = result?.comparison.scenarios.find((s) => s.name === scenario?.name)?.projection;
  // The panels below the fold take the run once the charts in view have painted it (effect below).
  const [panelsResult, setPanelsResult] = useState<WorkbookModelResult | null>(null);
  const panelsProjection = panelsResult?.comparison.scenarios.find(
    (s) => s.name === scenario?.name,
  )?.projection;
  const outcome = panelsResult?.outcomes.find((o) => o.name === scenario?.name);

  const charts = useProjectionCharts({
    result,
    projection,
    panelsResult,
    panelsProjection,
    estimates: data?.market.instinctEstimates,
    grain,
    scale,
  });
  // The outputs grid is far below the fold: it takes the model with the other panels.
  const outputRows = useMemo(
    () => (panelsProjection ? buildOutputRows(panelsProjection) : []),
    [panelsProjection],
  );
  // Columns change only with the model's periods; new columns would make AG Grid rebuild them.
  const periodsKey = JSON.stringify(panelsProjection ? outputYears(panelsProjection) : []);
  const outputColumns = useMemo(
    () => buildOutputColumnDefs(JSON.parse(periodsKey) as ReturnType<typeof outputYears>),
    [periodsKey],
  );

  // Runs after the charts in view (children) have taken the recomputed model: see edit-to-paint.ts.
  // A layout effect, as the charts' updates are (AgChart.tsx): in the commit's task, so the frame
  // it waits for is the one that paints them, not one after.
  useLayoutEffect(() => {
    const topCharts: UpdatingChart = {
      waitForUpdate: () =>
        Promise.all([chartRef.current?.waitForUpdate(), marketChartRef.current?.waitForUpdate()]).then(
          () => {},
        ),
    };
    let isCurrent = true;
    void timer.committed(topCharts).then(() => {
      if (isCurrent) setPanelsResult(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [result, timer]);
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
    marketChartRef,
    run,
    result,
    context,
    projection,
    panelsResult,
    outcome,
    x86Fit,
    ...charts,
    outputRows,
    outputColumns,
    onOutputRows,
    probabilityWarning: scenarios ? describeProbabilityTotal(probabilityTotal(scenarios)).warning : null,
    horizonYears:
      result?.comparison.years.filter((y) => y.scenarios[0]!.projectedQuarters > 0).map((y) => y.year) ?? [],
    editKeyAssumption,
    applyGoal,
  };
}
