import { useCallback, useMemo } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import type { CellBatchAction } from '../../../projection/journal';
import type { Result } from '../../../projection/refusal';
import { call } from '../../api';
import type { CellWrite } from '../../components/sheet/sheet-edits';
import type { SheetModel } from '../../components/sheet/use-sheet';
import type { StatusMessage } from '../../components/StatusBar';
import { scenarioColumnId } from './assumption-grid-model';
import { STEP_VERBS, useJournalWalk, useScenarioGridSheet } from './use-scenario-grid-sheet';

/** What one write of a cell asks main for: an assumption (or a year's override) and its value, null to clear. */
export interface ScenarioCellWrite {
  readonly key: string;
  readonly year: number | null;
  readonly value: number | null;
}

/** One cell of a Scenarios grid as the sheet reads and writes it. */
export interface ScenarioSheetCell {
  /** The cell as text to copy and fill from ('' when not set); read back by `read` when pasted. */
  readonly text: string;
  /** Its number for the count, sum and average; null when it holds none. */
  readonly value: number | null;
  /** How messages name it: "Base, AMD inference share: ramp ceiling". */
  readonly name: string;
  /** Reads typed or pasted text as the cell's new value ('' clears it), or says why it cannot be. */
  read(text: string): Result<ScenarioCellWrite>;
  /** A value as the status bar reports it saved ("40%", or what clearing did: "override removed"). */
  savedText(value: number | null): string;
}

interface ScenarioSheetOptions {
  readonly scenarios: readonly ScenarioDto[];
  readonly rowCount: number;
  readonly cellAt: (row: number, scenario: ScenarioDto) => ScenarioSheetCell;
  /** The scenarios as main saved them (after a paste, fill or clear). */
  readonly onSaved: (scenarios: ScenarioDto[]) => void;
  /** Reads the scenarios again (after an undo or redo). */
  readonly reload: () => void;
  readonly onStatus: (message: StatusMessage) => void;
}

/**
 * A Scenarios grid (assumptions by driver group, TAM growth by year) as a spreadsheet, on the
 * same sheet layer as the Data view: ranges, the clipboard with Excel, fill, Delete, and Ctrl+Z /
 * Ctrl+Y over the workbook's journal. A paste, fill or clear is read cell by cell as typing is,
 * refused whole naming the first bad cell, and saved as one step (scenarios:setAssumptions). The
 * grid's wrapper takes `menu`'s handlers and draws `menu.menu`: the sheet's context menu.
 */
export function useScenarioSheet({
  scenarios,
  rowCount,
  cellAt,
  onSaved,
  reload,
  onStatus,
}: ScenarioSheetOptions) {
  const write = useCallback(
    (writes: readonly CellWrite[], action: CellBatchAction) => {
      const requests = [];
      let single = '';
      for (const w of writes) {
        const scenario = scenarios[w.col];
        if (!scenario) continue;
        const cell = cellAt(w.row, scenario);
        const read = cell.read(w.text);
        if (!read.ok) return onStatus({ kind: 'error', text: `${read.error.message}; nothing was saved.` });
        const { key, year, value } = read.value;
        if (value === cell.value) continue;
        requests.push({ scenario: scenario.name, key, year, value });
        single = `Saved ${cell.name}: ${cell.savedText(value)}`;
      }
      if (requests.length === 0) {
        return onStatus({ kind: 'info', text: 'Nothing changed: the cells already hold those values.' });
      }
      call('scenarios:setAssumptions', { action, writes: requests }).then(
        (saved) => {
          onSaved(saved);
          const count = requests.length;
          onStatus({
            kind: 'info',
            text: count === 1 ? single : `${STEP_VERBS[action]} ${count} values.`,
          });
        },
        (error: Error) => onStatus({ kind: 'error', text: `${error.message}; nothing was saved.` }),
      );
    },
    [scenarios, cellAt, onSaved, onStatus],
  );

  const walkHistory = useJournalWalk(reload, onStatus);

  const columns = useMemo(() => scenarios.map((s) => scenarioColumnId(s.name)), [scenarios]);
  const model = useMemo<SheetModel>(
    () => ({
      columns,
      rowHeaders: ['label'],
      rowCount,
      textAt: ({ row, col }) => (scenarios[col] ? cellAt(row, scenarios[col]).text : ''),
      numberAt: ({ row, col }) => (scenarios[col] ? cellAt(row, scenarios[col]).value : null),
      describe: ({ row, col }) => (scenarios[col] ? cellAt(row, scenarios[col]).name : `Row ${row + 1}`),
      write,
      undo: () => walkHistory('undo'),
      redo: () => walkHistory('redo'),
      refuse: (message) => onStatus({ kind: 'error', text: message }),
      onSummary: () => {},
    }),
    [columns, rowCount, scenarios, cellAt, write, walkHistory, onStatus],
  );
  return useScenarioGridSheet(model, onStatus);
}
