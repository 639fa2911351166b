import './scenarios.css';
import type { StatusMessage } from '../../components/StatusBar';
import { PanelGrid } from '../../components/PanelGrid';
import { assumptionRowId, type AssumptionRow } from './assumption-grid-model';
import { overrideRowId, type OverrideRow } from './override-grid-model';
import { ScenarioList } from './ScenarioList';
import { useScenarios } from './use-scenarios';

/**
 * The Scenarios view: the scenarios with their probabilities, one grid of assumptions (a row per
 * assumption, a column per scenario) and one of TAM growth by year. Every edit is checked,
 * saved through IPC, and shown as the scenario main returns (use-scenarios.ts).
 */
export function ScenariosView({ onStatus }: { onStatus: (message: StatusMessage) => void }) {
  const { scenarios, actions, assumptionRows, assumptionColumns, overrideRows, overrideColumns } =
    useScenarios(onStatus);

  if (!scenarios) return <div className="loading">Loading the scenarios…</div>;
  return (
    <div className="page" data-testid="scenarios-view">
      <section className="panel">
        <h2>Scenarios</h2>
        <ScenarioList scenarios={scenarios} actions={actions} />
      </section>
      <section className="panel">
        <h2>Assumptions</h2>
        <p className="hint">
          Select a cell and type; Enter saves, Escape cancels. Percentages are typed as percent (25 or 25% is
          25%), quarters as 2027Q2 or 2027.25, money in USD millions. Hover a label for its meaning.
        </p>
        <PanelGrid<AssumptionRow>
          testId="assumption-grid"
          rowData={assumptionRows}
          columnDefs={assumptionColumns}
          getRowId={assumptionRowId}
          stopEditingWhenCellsLoseFocus
        />
      </section>
      <section className="panel">
        <h2>TAM growth by year</h2>
        <p className="hint">
          Grey values are the model’s growth (the first-year growth, fading each year). Type a percentage to
          override a year; later years fade from it. Delete the value to remove the override.
        </p>
        <PanelGrid<OverrideRow>
          testId="override-grid"
          rowData={overrideRows}
          columnDefs={overrideColumns}
          getRowId={overrideRowId}
          stopEditingWhenCellsLoseFocus
        />
      </section>
    </div>
  );
}
