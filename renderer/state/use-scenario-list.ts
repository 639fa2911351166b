/**
 * renderer/state/ holds the state and IPC that more than one feature reads: a feature never
 * imports another feature's files, so what Scenarios and Projection share lives here rather than
 * in either. It is not components/: that folder holds pieces of UI and text formatting without
 * state or IPC of their own; what lives here loads and saves workbook data for the features.
 */
import { flushSync } from 'react-dom';
import { useCallback, useEffect, useState } from 'react';
import type { ScenarioDto } from '../../electron/contract';
import type { AssumptionKey } from '../../projection/assumptions';
import { call } from '../api';
import { formatAssumptionText } from '../components/assumption-text';
import type { StatusMessage } from '../components/StatusBar';
import { assumptionCellName, interpretAssumptionEdit, withNote } from './assumption-edit';

/** One assumption as saved: what the Projection view times from (see its edit-to-paint.ts). */
export interface SavedAssumption {
  readonly scenario: string;
  readonly key: AssumptionKey;
  readonly value: number;
}

interface ScenarioListOptions {
  readonly onStatus: (message: StatusMessage) => void;
  /** Runs when an assumption's save resolves, before the list shows the saved scenario. */
  readonly onAssumptionSaved?: (saved: SavedAssumption) => void;
}

const ignore = () => {};

/**
 * The workbook's scenarios, loaded when the view using them is shown, and the saves both views
 * make. Every save shows the scenario main returns (never a value that was not written) and
 * reports what was saved, or names the cell and says nothing was saved.
 */
export function useScenarioList({ onStatus, onAssumptionSaved }: ScenarioListOptions) {
  const [scenarios, setScenarios] = useState<ScenarioDto[] | null>(null);

  /** Reads the scenarios again (after an undo or redo, which may have changed any of them). */
  const reload = useCallback(() => {
    call('scenarios:list').then(setScenarios, (error: Error) =>
      onStatus({ kind: 'error', text: `Cannot load the scenarios: ${error.message}` }),
    );
  }, [onStatus]);

  useEffect(reload, [reload]);

  const replace = useCallback((name: string, saved: ScenarioDto) => {
    setScenarios((current) => current?.map((s) => (s.name === name ? saved : s)) ?? null);
  }, []);

  /** Runs one save of scenario `name`; success replaces it and reports `done`, failure reports `cell` and rejects. */
  const save = useCallback(
    (name: string, cell: string, request: Promise<ScenarioDto>, done: (saved: ScenarioDto) => string) =>
      request.then(
        (saved) => {
          // Rendered now, in the reply's task: a render left to React's scheduler waits a task,
          // and often a painted frame, before the view recomputes (edit-to-paint.ts).
          flushSync(() => {
            replace(name, saved);
            onStatus({ kind: 'info', text: done(saved) });
          });
        },
        (error: Error) => {
          onStatus({ kind: 'error', text: `${cell}: ${error.message}; nothing was saved.` });
          throw error;
        },
      ),
    [replace, onStatus],
  );

  /** Saves a value already checked (typed and interpreted, or solved by goal seek). */
  const saveAssumption = useCallback(
    (name: string, key: AssumptionKey, value: number, note: string | null = null): Promise<void> => {
      const request = call('scenarios:setAssumption', { scenario: name, key, value }).then((saved) => {
        onAssumptionSaved?.({ scenario: name, key, value });
        return saved;
      });
      const cell = assumptionCellName(name, key);
      return save(name, cell, request, (s) =>
        withNote(`Saved ${cell}: ${formatAssumptionText(key, s.assumptions[key] ?? value)}`, note),
      );
    },
    [save, onAssumptionSaved],
  );

  /** Text typed for one assumption: refused with a message, ignored when unchanged, or saved. */
  const editAssumption = useCallback(
    (scenario: ScenarioDto, key: AssumptionKey, typed: unknown) => {
      const edit = interpretAssumptionEdit(scenario, key, typed);
      if (edit.kind === 'refused') onStatus({ kind: 'error', text: edit.message });
      if (edit.kind === 'save') saveAssumption(scenario.name, key, edit.value, edit.note).catch(ignore);
    },
    [onStatus, saveAssumption],
  );

  const added = useCallback((scenario: ScenarioDto) => {
    setScenarios((current) => [...(current ?? []), scenario]);
  }, []);

  const deleted = useCallback((name: string) => {
    setScenarios((current) => current?.filter((s) => s.name !== name) ?? null);
  }, []);

  /** Shows every scenario as main returned them (a step that wrote several). */
  const replaceAll = useCallback((saved: ScenarioDto[]) => setScenarios(saved), []);

  return { scenarios, reload, replaceAll, save, saveAssumption, editAssumption, added, deleted };
}
