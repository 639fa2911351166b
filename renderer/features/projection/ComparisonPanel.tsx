import { useMemo, useState } from 'react';
import type { WorkbookModelResult } from '../../../projection/workbook-model';
import { formatPercent } from '../../components/number-format';
import { PanelGrid } from '../../components/PanelGrid';
import {
  buildComparisonColumnDefs,
  buildComparisonRows,
  comparisonRowId,
  type ComparedScenario,
  type ComparisonRow,
} from './comparison-grid-model';
import { instinctCagrs, instinctPaths, sharedYears } from './instinct-paths';

/** The CAGR's default span: the last year before the horizon to its last year. */
function defaultSpan(years: readonly number[], result: WorkbookModelResult): [number, number] {
  const firstProjected = Number(result.firstQuarter.slice(0, 4));
  const from = years.includes(firstProjected - 1) ? firstProjected - 1 : (years[0] ?? firstProjected);
  return [from, years.at(-1) ?? from];
}

/** The scenarios side by side per year with the probability-weighted expectation, and the CAGR between two chosen years. */
export function ComparisonPanel({ result }: { result: WorkbookModelResult }) {
  const paths = useMemo(() => instinctPaths(result), [result]);
  const years = useMemo(() => sharedYears(paths), [paths]);
  const [span, setSpan] = useState<[number, number] | null>(null);
  const [from, to] =
    span && years.includes(span[0]) && years.includes(span[1]) ? span : defaultSpan(years, result);
  const cagrs = instinctCagrs(paths, from, to);
  const rows = useMemo(() => buildComparisonRows(result.comparison), [result]);
  // Columns change only with the scenarios' names and weights; new columns would make AG Grid rebuild them.
  const columnsKey = JSON.stringify(
    result.comparison.scenarios.map(({ name, probability, weight }) => ({ name, probability, weight })),
  );
  const columns = useMemo(
    () => buildComparisonColumnDefs(JSON.parse(columnsKey) as ComparedScenario[]),
    [columnsKey],
  );

  const yearSelect = (label: string, value: number, onChange: (year: number) => void) => (
    <label>
      {label}{' '}
      <select
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-label={`CAGR ${label.toLowerCase()} year`}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="panel">
      <h2>Scenarios compared</h2>
      {result.comparison.probabilityTotal <= 0 && (
        <p className="warning" data-testid="no-expectation">
          No scenario has a probability above 0: no expectation. Set probabilities in the Scenarios view.
        </p>
      )}
      <PanelGrid<ComparisonRow>
        testId="comparison-grid"
        exportTitle="Scenarios compared"
        rowData={rows}
        columnDefs={columns}
        getRowId={comparisonRowId}
      />
      <div className="cagr" data-testid="cagr">
        <span className="cagr-title">Instinct revenue CAGR</span>
        {yearSelect('From', from, (year) => setSpan([year, to]))}
        {yearSelect('To', to, (year) => setSpan([from, year]))}
        {to <= from ? (
          <span className="warning">choose a later “to” year</span>
        ) : (
          <ul className="cagr-values">
            {cagrs.map((c) => (
              <li key={c.name} data-name={c.name}>
                <span className="muted">{c.name}</span>{' '}
                <strong>{c.cagr === null ? 'n/a' : formatPercent(c.cagr)}</strong>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
