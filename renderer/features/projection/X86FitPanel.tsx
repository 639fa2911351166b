import { useMemo } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import type { LogisticFit, SharePoint } from '../../../projection/logistic-fit';
import { ExportableChart, type ChartExportRequest } from '../../components/ExportableChart';
import { formatPlain } from '../../components/number-format';
import { useChartPalette } from '../../components/chart-style';
import { ChartPanelHead } from './ChartPanel';
import { buildX86ChartOptions, describeFit } from './x86-fit-model';

interface X86FitPanelProps {
  readonly history: readonly SharePoint[];
  readonly fit: LogisticFit | null;
  readonly scenario: ScenarioDto;
  readonly onExport: (request: ChartExportRequest) => void;
}

/** How the chosen scenario uses the fit: both segments ramp at a multiple of it, or at their own typed speeds. */
function rampUse(scenario: ScenarioDto, fit: LogisticFit | null): string {
  const ratio = scenario.assumptions['amd.rampSpeedVsEpyc'] ?? 0;
  if (ratio > 0 && fit) {
    return `${scenario.name}: both segments ramp at ${formatPlain(ratio, 3)} × this speed (k = ${formatPlain(ratio * fit.speed, 3)} per quarter).`;
  }
  const training = scenario.assumptions['amd.training.rampSpeed'] ?? 0;
  const inference = scenario.assumptions['amd.inference.rampSpeed'] ?? 0;
  return `${scenario.name} uses its own ramp speeds (training k = ${formatPlain(training, 3)}, inference k = ${formatPlain(inference, 3)} per quarter); set “Ramp speed as a multiple of the EPYC x86 ramp” above 0 to ramp at a multiple of this fit.`;
}

const X86_TEXT = {
  title: 'x86 analog: AMD server unit share',
  subtitle: 'AMD’s x86 server unit share per quarter (%) and the fitted logistic ramp.',
};

/** The x86 analog: AMD's x86 server unit share history with the fitted logistic, and the fit's parameters. */
export function X86FitPanel({ history, fit, scenario, onExport }: X86FitPanelProps) {
  const palette = useChartPalette();
  const options = useMemo(() => buildX86ChartOptions(history, fit, palette), [history, fit, palette]);
  // Its buttons in the panel's head, as ChartPanel has them: it sits beside the revenue chart.
  return (
    <section className="panel">
      <ChartPanelHead
        title={X86_TEXT.title}
        testId="x86-chart"
        onRequest={(action) => onExport({ action, options, text: X86_TEXT })}
      />
      <ExportableChart
        testId="x86-chart"
        className="chart-small"
        options={options}
        text={X86_TEXT}
        onExport={onExport}
        hasButtons={false}
      />
      {fit ? (
        <dl className="fit-parameters" data-testid="x86-fit">
          {describeFit(fit).map((p) => (
            <div key={p.label} title={p.hint}>
              <dt>{p.label}</dt>
              <dd>{p.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="warning">The x86 history has too few quarters to fit a ramp (at least 4 are needed).</p>
      )}
      <p className="hint">{rampUse(scenario, fit)}</p>
    </section>
  );
}
