import { useCallback, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { CellBatchAction } from '../../../projection/journal';
import { call } from '../../api';
import { isMacPlatform } from '../../components/sheet/sheet-keys';
import { useSheet, type SheetModel } from '../../components/sheet/use-sheet';
import { useSheetMenu } from '../../components/sheet/use-sheet-menu';
import type { StatusMessage } from '../../components/StatusBar';
import { walkJournal, type JournalCommand } from '../../state/journal-walk';

/** How the status bar says a step of several cells was saved ("Pasted 4 values."). */
export const STEP_VERBS: Readonly<Record<CellBatchAction, string>> = {
  paste: 'Pasted',
  fill: 'Filled',
  clear: 'Cleared',
  cut: 'Cut',
};

/**
 * Ctrl+Z / Ctrl+Y of a Scenarios grid: walks the workbook's journal (history:undo, history:redo),
 * then reads the scenarios again, as the step may have been about any of them.
 */
export function useJournalWalk(reload: () => void, onStatus: (message: StatusMessage) => void) {
  return useCallback(
    (command: JournalCommand) => {
      void walkJournal(command, onStatus).then((moved) => moved && reload());
    },
    [reload, onStatus],
  );
}

/**
 * A Scenarios grid on the sheet layer with its context menu (right click, Shift+F10, the menu
 * key) as in the Data grid: cut, copy, paste, clear, fill, through main's clipboard; no cell
 * details, which the Scenarios grids do not have. The grid's wrapper takes `attach` and `menu`'s
 * handlers and draws `menu.menu`.
 */
export function useScenarioGridSheet(model: SheetModel, onStatus: (message: StatusMessage) => void) {
  const sheet = useSheet(model);
  const [api, setApi] = useState<GridApi | null>(null);
  const { onGridReady: sheetReady } = sheet;
  const onGridReady = useCallback(
    (event: { api: GridApi }) => {
      setApi(event.api);
      sheetReady(event);
    },
    [sheetReady],
  );
  const menu = useSheetMenu({
    controller: sheet.controller,
    api,
    readClipboard: () => call('clipboard:read'),
    writeClipboard: (clip) => call('clipboard:write', clip),
    onError: (text) => onStatus({ kind: 'error', text }),
    isMac: isMacPlatform(navigator.platform),
  });
  return { ...sheet, onGridReady, menu };
}
