import type { ScenarioDto } from '../../../electron/contract';
import type { ReportAssumption, ReportCheck, ReportYear } from './report-model';

export interface ScenarioReportProps {
  readonly workbookName: string;
  readonly scenario: ScenarioDto;
  /** The day the report was made, as people read it ("30 November 2026"). */
  readonly date: string;
  readonly horizon: string;
  /** The market chart's image (base64 PNG, title and legend inside it); null while it is drawn. */
  readonly chartPng: string | null;
  readonly assumptions: readonly ReportAssumption[];
  readonly years: readonly ReportYear[];
  readonly checks: readonly ReportCheck[];
  readonly onChartLoaded: () => void;
}

const VERDICT_CLASS: Readonly<Record<string, string>> = {
  '✓ meets': 'verdict-meets',
  '✗ misses': 'verdict-misses',
};

/**
 * One scenario on one page, for print (report.css lays it out for A4 and Letter alike): title,
 * scenario and date, the market chart, the key assumptions, the annual table of Instinct revenue,
 * TAM and share, and the checks with their verdicts. Hidden on screen; the only thing printed.
 */
export function ScenarioReport(props: ScenarioReportProps) {
  const { scenario, years } = props;
  return (
    <article className="report-page" data-testid="scenario-report">
      <header className="report-header">
        <div>
          <h1>Instinct revenue scenario: {scenario.name}</h1>
          <p className="report-meta">
            {props.workbookName} · {props.date} · probability {Math.round(scenario.probability * 100)}% ·{' '}
            {props.horizon}
          </p>
        </div>
        <p className="report-brand">Instinct Workbook</p>
      </header>
      {scenario.description && <p className="report-description">{scenario.description}</p>}
      {props.chartPng && (
        <img
          className="report-chart"
          alt={`The accelerator market, history and projection, ${scenario.name}`}
          src={`data:image/png;base64,${props.chartPng}`}
          onLoad={props.onChartLoaded}
        />
      )}
      <section>
        <h2>Annual outputs (USD millions; (p): projected, in whole or in part)</h2>
        <table className="report-table report-years">
          <thead>
            <tr>
              <th scope="col">Year</th>
              {years.map((y) => (
                <th key={y.year} scope="col">
                  {y.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Instinct revenue</th>
              {years.map((y) => (
                <td key={y.year}>{y.instinctRevenue}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Accelerator TAM</th>
              {years.map((y) => (
                <td key={y.year}>{y.tam}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">AMD share of TAM</th>
              {years.map((y) => (
                <td key={y.year}>{y.share}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>
      <section>
        <h2>Key assumptions</h2>
        <dl className="report-assumptions">
          {props.assumptions.map((a) => (
            <div key={a.label}>
              <dt>{a.label}</dt>
              <dd>{a.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section>
        <h2>Checks against the companies’ statements</h2>
        <table className="report-table report-checks">
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Period</th>
              <th scope="col">Statement</th>
              <th scope="col">Scenario</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {props.checks.map((c) => (
              <tr key={`${c.label} ${c.period}`}>
                <th scope="row">{c.label}</th>
                <td>{c.period}</td>
                <td>{c.expected}</td>
                <td>{c.value}</td>
                <td className={VERDICT_CLASS[c.verdict]}>{c.verdict}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <footer className="report-footer">
        Money in USD millions. Made offline by Instinct Workbook from the workbook’s own data; a miss is where
        the scenario parts from what the companies said.
      </footer>
    </article>
  );
}
