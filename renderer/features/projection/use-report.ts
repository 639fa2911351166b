import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PaperSize, ProjectionDataDto, ScenarioDto, WorkbookSummary } from '../../../electron/contract';
import { fitX86 } from '../../../projection/workbook-model';
import { call } from '../../api';
import { renderChartPng } from '../../components/chart-image';
import { useChartPalette } from '../../components/chart-style';
import type { StatusMessage } from '../../components/StatusBar';
import { buildMarketChartOptions } from './market-chart-model';
import { runModel } from './model-run';
import { periodData } from './period-data';
import { reportAssumptions, reportChecks, reportFileName, reportYears } from './report-model';

// The chart's image in the report: drawn at about screen size so its type prints legibly when
// scaled to the page's 186 mm width (about 9 pt), and tall enough to fill the page.
const REPORT_CHART_SIZE = { width: 1000, height: 480 } as const;

/**
 * The scenario report's state: the workbook's data and scenarios (loaded when the dialog opens),
 * the chosen scenario's model run, its market chart drawn as an image, and the save, which asks
 * main to print the page (showing the report's print layout) to a PDF on the chosen paper.
 */
export function useReport(initialScenario: string | null, onStatus: (message: StatusMessage) => void) {
  const [summary, setSummary] = useState<WorkbookSummary | null>(null);
  const [data, setData] = useState<ProjectionDataDto | null>(null);
  const [scenarios, setScenarios] = useState<ScenarioDto[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(initialScenario);
  const [paper, setPaper] = useState<PaperSize>('A4');
  // The image of the options it was drawn from: one of earlier options is not shown.
  const [drawn, setDrawn] = useState<{ options: object; png: string; isLoaded: boolean } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([call('workbook:summary'), call('projection:data'), call('scenarios:list')]).then(
      ([s, d, list]) => {
        setSummary(s);
        setData(d);
        setScenarios(list);
      },
      (e: Error) => setError(`Cannot load the workbook: ${e.message}`),
    );
  }, []);

  const scenario = scenarios?.find((s) => s.name === chosen) ?? scenarios?.[0] ?? null;
  const run = useMemo(
    () => (data && scenarios ? runModel(data, scenarios, fitX86(data.x86History)) : null),
    [data, scenarios],
  );
  const result = run?.ok ? run.value : null;
  const projection = result?.comparison.scenarios.find((s) => s.name === scenario?.name)?.projection;
  const outcome = result?.outcomes.find((o) => o.name === scenario?.name);
  const palette = useChartPalette();
  const chartOptions = useMemo(
    () =>
      result && projection
        ? buildMarketChartOptions(
            periodData(projection, result.history, 'years'),
            result.jumpOff.quarter,
            'years',
            palette,
          )
        : null,
    [result, projection, palette],
  );

  useEffect(() => {
    if (!chartOptions || !scenario) return;
    let isCurrent = true;
    renderChartPng(
      chartOptions,
      {
        title: `The accelerator market: history and projection · ${scenario.name}`,
        subtitle:
          'USD millions per year. Stacked: NVIDIA, AMD Instinct, custom accelerators (XPU), other merchant.',
      },
      REPORT_CHART_SIZE,
    ).then(
      (png) => isCurrent && setDrawn({ options: chartOptions, png, isLoaded: false }),
      (e: Error) => isCurrent && setError(`Cannot draw the chart: ${e.message}`),
    );
    return () => {
      isCurrent = false;
    };
  }, [chartOptions, scenario]);

  const chart = drawn !== null && drawn.options === chartOptions ? drawn : null;
  const report = useMemo(
    () =>
      scenario && projection && outcome && result
        ? {
            scenario,
            assumptions: reportAssumptions(scenario),
            years: reportYears(projection),
            checks: reportChecks(outcome.checks),
            horizon: `reported to ${result.jumpOff.quarter}, projected to ${result.endQuarter}`,
          }
        : null,
    [scenario, projection, outcome, result],
  );
  const isReady = report !== null && chart?.isLoaded === true;

  const save = useCallback(async (): Promise<boolean> => {
    if (!isReady || !summary || !scenario) return false;
    setIsSaving(true);
    try {
      const saved = await call('reports:savePdf', {
        fileName: reportFileName(summary.fileName, scenario.name),
        paper,
      });
      if (saved)
        onStatus({ kind: 'info', text: `Saved the ${scenario.name} report (${paper}) as ${saved.path}` });
      return saved !== null;
    } catch (e) {
      onStatus({ kind: 'error', text: `Cannot save the report: ${(e as Error).message}` });
      return false;
    } finally {
      setIsSaving(false);
    }
  }, [isReady, summary, scenario, paper, onStatus]);

  return {
    summary,
    scenarios,
    scenario,
    choose: setChosen,
    paper,
    setPaper,
    report,
    chartPng: chart?.png ?? null,
    onChartLoaded: () => setDrawn((c) => (c ? { ...c, isLoaded: true } : c)),
    isReady,
    isSaving,
    error: error ?? (run && !run.ok ? `Cannot run the model: ${run.error.message}` : null),
    save,
  };
}
