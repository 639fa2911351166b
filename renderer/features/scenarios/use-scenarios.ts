import { useMemo } from 'react';
import { call } from '../../api';
import { formatPercentText } from '../../components/number-format';
import { formatProbability } from '../../components/probability';
import { readProbabilityText } from '../../../projection/typed-values';
import { withNote } from '../../state/assumption-edit';
import type { StatusMessage } from '../../components/StatusBar';
import { interpretOverrideEdit } from '../../state/assumption-edit';
import { useScenarioList } from '../../state/use-scenario-list';
import type { AssumptionGroup } from '../../../projection/assumptions';
import {
  buildAssumptionColumnDefs,
  buildAssumptionRows,
  SCENARIO_GROUPS,
  type AssumptionRow,
} from './assumption-grid-model';
import { buildOverrideColumnDefs, buildOverrideRows, type OverrideRow } from './override-grid-model';
import { useDeals } from './use-deals';
import { useModelSettings } from './use-model-settings';
import { checkScenarioName } from './scenario-names';
import type { ScenarioActions } from './ScenarioList';

const ignore = () => {};

/** A typed scenario name, trimmed, or a rejection saying why it cannot be one. */
function checkedName(typed: string): Promise<string> {
  const problem = checkScenarioName(typed);
  return problem ? Promise.reject(new Error(problem)) : Promise.resolve(typed.trim());
}

/**
 * The Scenarios view's state: the scenarios, the assumption grids by driver group, the TAM growth
 * by projected year, the deals and the history settings (rows, and columns whose edits are checked
 * and saved), and the list's actions (duplicate, rename, describe, delete, probability). A refused
 * edit changes nothing.
 */
export function useScenarios(onStatus: (message: StatusMessage) => void) {
  const { scenarios, reload, replaceAll, save, editAssumption, added, deleted } = useScenarioList({
    onStatus,
  });
  const { jumpOff, historyRows, historyColumns } = useModelSettings(onStatus);
  const deals = useDeals(scenarios, jumpOff, save, onStatus);

  const assumptionColumns = useMemo(() => {
    const onEdit = (row: AssumptionRow, name: string, typed: unknown) => {
      const scenario = scenarios?.find((s) => s.name === name);
      if (scenario) editAssumption(scenario, row.key, typed);
    };
    return buildAssumptionColumnDefs(scenarios ?? [], onEdit);
  }, [scenarios, editAssumption]);

  const overrideColumns = useMemo(() => {
    const onEdit = (row: OverrideRow, name: string, typed: unknown) => {
      const scenario = scenarios?.find((s) => s.name === name);
      if (!scenario) return;
      const edit = interpretOverrideEdit(scenario, row.year, typed, row.label);
      if (edit.kind === 'refused') onStatus({ kind: 'error', text: edit.message });
      if (edit.kind !== 'save') return;
      const cell = `${name}, TAM growth ${row.label}`;
      const request = call('scenarios:setGrowthOverride', {
        scenario: name,
        year: row.year,
        value: edit.value,
      });
      const text = edit.value === null ? 'override removed' : formatPercentText(edit.value);
      save(name, cell, request, () => withNote(`Saved ${cell}: ${text}`, edit.note)).catch(ignore);
    };
    return buildOverrideColumnDefs(scenarios ?? [], onEdit);
  }, [scenarios, onStatus, save]);

  const actions = useMemo(
    (): Omit<ScenarioActions, 'compare'> => ({
      copy: (from, to) =>
        checkedName(to)
          .then((name) => call('scenarios:copy', { from, to: name }))
          .then(
            (copy) => {
              added(copy);
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
        checkedName(typed).then((name) =>
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
            deleted(scenario);
            onStatus({ kind: 'info', text: `Deleted ${scenario}` });
          },
          (error: Error) => {
            onStatus({ kind: 'error', text: `Delete ${scenario}: ${error.message}` });
            throw error;
          },
        ),
      freeze: (scenario, label) =>
        call('vintages:freeze', { scenario, ...(label.trim() ? { label: label.trim() } : {}) }).then(
          (v) =>
            onStatus({
              kind: 'info',
              text: `Froze ${scenario} as vintage ${v.id}: ${v.label} (see Vintages, Ctrl+5)`,
            }),
          (error: Error) => {
            onStatus({ kind: 'error', text: `Freeze ${scenario}: ${error.message}; nothing was saved.` });
            throw error;
          },
        ),
      setProbability: (scenario, typed) => {
        const cell = `${scenario}, probability`;
        const read = readProbabilityText(typed, cell);
        if (!read.ok) {
          onStatus({ kind: 'error', text: `${read.error.message}; nothing was saved.` });
          return;
        }
        const request = call('scenarios:update', { scenario, probability: read.value.value });
        save(scenario, cell, request, (s) =>
          withNote(`Saved ${cell}: ${formatProbability(s.probability)}`, read.value.note),
        ).catch(ignore);
      },
    }),
    [onStatus, save, added, deleted],
  );

  const assumptionRows = useMemo(
    () =>
      new Map<AssumptionGroup, AssumptionRow[]>(
        SCENARIO_GROUPS.map((group) => [group, buildAssumptionRows(scenarios ?? [], group)]),
      ),
    [scenarios],
  );
  const overrideRows = useMemo(
    () => (jumpOff ? buildOverrideRows(scenarios ?? [], jumpOff) : []),
    [scenarios, jumpOff],
  );

  return {
    scenarios,
    reload,
    replaceAll,
    actions,
    jumpOff,
    assumptionRows,
    assumptionColumns,
    overrideRows,
    overrideColumns,
    historyRows,
    historyColumns,
    ...deals,
  };
}
