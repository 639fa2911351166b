import './scenarios.css';
import { useMemo } from 'react';
import type { AssumptionGroup } from '../../../projection/assumptions';
import type { StatusMessage } from '../../components/StatusBar';
import { SCENARIO_GROUPS, type AssumptionRow } from './assumption-grid-model';
import { AssumptionGroupPanel } from './AssumptionGroupPanel';
import { DealsPanel } from './DealsPanel';
import { historyRowId } from './history-grid-model';
import { historyRaw } from './scenario-raw-values';
import { OverridePanel, ScenarioGroupPanel } from './ScenarioGridPanels';
import { ScenarioList } from './ScenarioList';
import { useScenarios } from './use-scenarios';

const NO_ROWS: readonly AssumptionRow[] = [];

/** What each driver group is about, under its title. */
const GROUP_INTROS: Readonly<Record<AssumptionGroup, string>> = {
  history: '',
  market:
    'How fast the market grows from the jump-off (or from hyperscaler capex), and how it splits into training and inference.',
  xpu: 'How much of each segment custom accelerators (TPU, Trainium, MTIA…) take by the end year.',
  amd: 'AMD’s share of each segment’s merchant market: a logistic ramp from its jump-off share.',
  capex: 'The capex path (guidance, then fading growth) used by the capex driver and the capex check.',
  margin: 'Instinct gross margin, for gross profit.',
};

/**
 * The Scenarios view: the scenarios with their probabilities; their assumptions grouped by driver
 * (a row per assumption, a column per scenario, the rationale under the grid), the TAM growth by
 * projected year, the deals, and the history settings every scenario shares. Every edit is checked,
 * saved through IPC, and shown as main returns it (use-scenarios.ts).
 */
interface ScenariosViewProps {
  readonly onStatus: (message: StatusMessage) => void;
  /** "Compare with…": shows the scenario beside its newest vintage or another scenario (Vintages view). */
  readonly onCompare: (scenario: string) => void;
}

export function ScenariosView({ onStatus, onCompare }: ScenariosViewProps) {
  const s = useScenarios(onStatus);
  const actions = useMemo(() => ({ ...s.actions, compare: onCompare }), [s.actions, onCompare]);
  const { scenarios } = s;

  if (!scenarios) return <div className="loading">Loading the scenarios…</div>;
  const state = { scenarios, replaceAll: s.replaceAll, reload: s.reload, onStatus };
  const group = (g: AssumptionGroup) => (
    <ScenarioGroupPanel
      key={g}
      group={g}
      rows={s.assumptionRows.get(g) ?? NO_ROWS}
      columns={s.assumptionColumns}
      intro={GROUP_INTROS[g]}
      {...state}
    />
  );
  return (
    <div className="page" data-testid="scenarios-view">
      <section className="panel">
        <h2>Scenarios</h2>
        <ScenarioList scenarios={scenarios} actions={actions} />
        <p className="hint">
          Assumptions below: select a cell and type; Enter saves, Escape cancels. Percentages are typed as
          percent (25 or 25% is 25%), quarters as 2027Q2 or 2027.25, money in USD millions. The grids work as
          a spreadsheet: Shift+arrows or drag select, Ctrl+C / Ctrl+V copy and paste (with Excel too), Ctrl+D
          and Ctrl+R fill, Delete restores the default, Ctrl+Z / Ctrl+Y undo and redo.
        </p>
      </section>
      {group('market')}
      <OverridePanel rows={s.overrideRows} columns={s.overrideColumns} {...state}>
        <p className="hint">
          A projected year is four quarters from the quarter after the last reported one
          {s.jumpOff ? ` (${s.jumpOff})` : ''}, growing over the four before it. Grey values are the model’s
          growth (the first-year growth, fading each year). Type a percentage to override a year; later years
          fade from it. Delete the value to remove the override.
        </p>
      </OverridePanel>
      {SCENARIO_GROUPS.filter((g) => g === 'xpu' || g === 'amd').map(group)}
      <DealsPanel
        scenarios={scenarios}
        onEdit={s.editDeal}
        onAdd={s.addDeal}
        onDelete={s.deleteDeal}
        saveDeals={s.saveDeals}
        reload={s.reload}
        onStatus={onStatus}
      />
      {SCENARIO_GROUPS.filter((g) => g === 'capex' || g === 'margin').map(group)}
      <AssumptionGroupPanel
        title="History settings · every scenario"
        testId="history-grid"
        rows={s.historyRows}
        columns={s.historyColumns}
        getRowId={historyRowId}
        exportRaw={historyRaw}
        intro="How the past is rebuilt from the workbook’s series: one set for the workbook, so every scenario starts from the same history. Delete a value to restore its default."
      />
    </div>
  );
}
