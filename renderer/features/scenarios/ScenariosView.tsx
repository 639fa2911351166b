import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import { call } from '../../api';
import { PanelGrid } from '../../components/PanelGrid';
import type { StatusMessage } from '../../components/StatusBar';
import { assumptionCellName, interpretAssumptionEdit, interpretOverrideEdit } from './assumption-edit';
import {
  assumptionRowId,
  buildAssumptionColumnDefs,
  buildAssumptionRows,
  type AssumptionRow,
} from './assumption-grid-model';
import { formatPercentText } from '../../components/number-format';
import { formatAssumptionText } from './assumption-text';
import {
  buildOverrideColumnDefs,
  buildOverrideRows,
  overrideRowId,
  type OverrideRow,
} from './override-grid-model';
import { formatProbability, parseProbabilityText } from './probability';
import { checkScenarioName } from './scenario-names';
import { ScenarioList, type ScenarioActions } from './ScenarioList';

/**
 * The Scenarios view: the scenarios with their probabilities, one grid of assumptions (a row per
 * assumption, a column per scenario) and one of TAM growth by year. Every edit is checked here,
 * saved through IPC, and shown as the scenario main returns; a refused edit changes nothing.
 */
export function ScenariosView({ onStatus }: { onStatus: (message: StatusMessage) => void }) {
  const [scenarios, setScenarios] = useState<ScenarioDto[] | null>(null);

  useEffect(() => {
    call('scenarios:list').then(setScenarios, (error: Error) =>
      onStatus({ kind: 'error', text: `Cannot load the scenarios: ${error.message}` }),
    );
  }, [onStatus]);

  const replace = useCallback((name: string, saved: ScenarioDto) => {
    setScenarios((current) => current?.map((s) => (s.name === name ? saved : s)) ?? null);
  }, []);

  /** Runs one save; success replaces the scenario and reports `done`, failure reports the cell and rejects. */
  const save = useCallback(
    (name: string, cell: string, request: Promise<ScenarioDto>, done: (saved: ScenarioDto) => string) =>
      request.then(
        (saved) => {
          replace(name, saved);
          onStatus({ kind: 'info', text: done(saved) });
        },
        (error: Error) => {
          onStatus({ kind: 'error', text: `${cell}: ${error.message}; nothing was saved.` });
          throw error;
        },
      ),
    [replace, onStatus],
  );
  const ignore = () => {};

  const assumptionColumns = useMemo(() => {
    const onEdit = (row: AssumptionRow, name: string, typed: unknown) => {
      const scenario = scenarios?.find((s) => s.name === name);
      if (!scenario) return;
      const edit = interpretAssumptionEdit(scenario, row.key, typed);
      if (edit.kind === 'refused') onStatus({ kind: 'error', text: edit.message });
      if (edit.kind !== 'save') return;
      const cell = assumptionCellName(name, row.key);
      const request = call('scenarios:setAssumption', { scenario: name, key: row.key, value: edit.value });
      save(
        name,
        cell,
        request,
        (s) => `Saved ${cell}: ${formatAssumptionText(row.key, s.assumptions[row.key] ?? edit.value)}`,
      ).catch(ignore);
    };
    return buildAssumptionColumnDefs(scenarios ?? [], onEdit);
  }, [scenarios, onStatus, save]);

  const overrideColumns = useMemo(() => {
    const onEdit = (row: OverrideRow, name: string, typed: unknown) => {
      const scenario = scenarios?.find((s) => s.name === name);
      if (!scenario) return;
      const edit = interpretOverrideEdit(scenario, row.year, typed);
      if (edit.kind === 'refused') onStatus({ kind: 'error', text: edit.message });
      if (edit.kind !== 'save') return;
      const cell = `${name}, TAM growth ${row.year}`;
      const request = call('scenarios:setGrowthOverride', {
        scenario: name,
        year: row.year,
        value: edit.value,
      });
      const text = edit.value === null ? 'override removed' : formatPercentText(edit.value);
      save(name, cell, request, () => `Saved ${cell}: ${text}`).catch(ignore);
    };
    return buildOverrideColumnDefs(scenarios ?? [], onEdit);
  }, [scenarios, onStatus, save]);

  const actions = useMemo((): ScenarioActions => {
    const checked = (typed: string): Promise<string> => {
      const problem = checkScenarioName(typed);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve(typed.trim());
    };
    return {
      copy: (from, to) =>
        checked(to)
          .then((name) => call('scenarios:copy', { from, to: name }))
          .then(
            (copy) => {
              setScenarios((current) => [...(current ?? []), copy]);
              onStatus({
                kind: 'info',
                text: `Duplicated ${from} as ${copy.name} (probability 0% until you set one)`,
              });
            },
            (error: Error) => {
              onStatus({ kind: 'error', text: `Duplicate ${from}: ${error.message}` });
              throw error;
            },
          ),
      rename: (scenario, typed) =>
        checked(typed).then((name) =>
          save(
            scenario,
            `Rename ${scenario}`,
            call('scenarios:update', { scenario, name }),
            (s) => `Renamed ${scenario} to ${s.name}`,
          ),
        ),
      describe: (scenario, description) =>
        save(
          scenario,
          `${scenario}, description`,
          call('scenarios:update', { scenario, description }),
          () => `Saved the description of ${scenario}`,
        ),
      remove: (scenario) =>
        call('scenarios:delete', { scenario }).then(
          () => {
            setScenarios((current) => current?.filter((s) => s.name !== scenario) ?? null);
            onStatus({ kind: 'info', text: `Deleted ${scenario}` });
          },
          (error: Error) => {
            onStatus({ kind: 'error', text: `Delete ${scenario}: ${error.message}` });
            throw error;
          },
        ),
      setProbability: (scenario, typed) => {
        const cell = `${scenario}, probability`;
        const parsed = parseProbabilityText(typed);
        if (!parsed.ok) {
          onStatus({ kind: 'error', text: `${cell}: ${parsed.reason}; nothing was saved.` });
          return;
        }
        const request = call('scenarios:update', { scenario, probability: parsed.value });
        save(scenario, cell, request, (s) => `Saved ${cell}: ${formatProbability(s.probability)}`).catch(
          ignore,
        );
      },
    };
  }, [onStatus, save]);

  const assumptionRows = useMemo(() => buildAssumptionRows(scenarios ?? []), [scenarios]);
  const overrideRows = useMemo(() => buildOverrideRows(scenarios ?? []), [scenarios]);

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
