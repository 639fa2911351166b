import { useCallback, useMemo } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import type { Deal } from '../../../projection/market/deals';
import type { CellBatchAction } from '../../../projection/journal';
import type { CellWrite } from '../../components/sheet/sheet-edits';
import type { SheetModel } from '../../components/sheet/use-sheet';
import type { StatusMessage } from '../../components/StatusBar';
import { withNote } from '../../state/assumption-edit';
import {
  DEAL_SHEET_COLUMNS,
  dealCellName,
  dealSheetNumber,
  dealSheetText,
  interpretDealWrites,
} from './deal-sheet';
import { STEP_VERBS, useJournalWalk, useScenarioGridSheet } from './use-scenario-grid-sheet';

/** Saves a scenario's whole deal list (scenarios:setDeals, one journal step); `cell` prefixes a refusal. */
export type SaveDeals = (
  scenario: string,
  deals: readonly Deal[],
  cell: string,
  done: string,
) => Promise<void>;

interface DealSheetOptions {
  readonly scenario: ScenarioDto;
  readonly saveDeals: SaveDeals;
  /** Reads the scenarios again (after an undo or redo). */
  readonly reload: () => void;
  readonly onStatus: (message: StatusMessage) => void;
}

const ignore = () => {};

/**
 * One scenario's Deals grid as a spreadsheet, like the assumption grids: ranges, the clipboard
 * with Excel, fill, Delete and the context menu, Ctrl+Z / Ctrl+Y over the workbook's journal. A
 * paste, fill or clear is read as typing a deal's field is, into the scenario's whole deal list,
 * saved once (scenarios:setDeals), or refused whole naming the first bad cell (deal-sheet.ts).
 */
export function useDealSheet({ scenario, saveDeals, reload, onStatus }: DealSheetOptions) {
  const { name, deals } = scenario;
  const write = useCallback(
    (writes: readonly CellWrite[], action: CellBatchAction) => {
      const edit = interpretDealWrites(name, deals, writes);
      if (edit.kind === 'refused') return onStatus({ kind: 'error', text: edit.message });
      if (edit.kind === 'unchanged') {
        return onStatus({ kind: 'info', text: 'Nothing changed: the cells already hold those values.' });
      }
      const count = `${edit.changed} ${edit.changed === 1 ? 'value' : 'values'}`;
      const done = withNote(`${STEP_VERBS[action]} ${count} in ${name}’s deals.`, edit.note);
      saveDeals(name, edit.deals, `${name}, deals`, done).catch(ignore);
    },
    [name, deals, saveDeals, onStatus],
  );

  const walkHistory = useJournalWalk(reload, onStatus);
  const model = useMemo<SheetModel>(() => {
    const at = ({ row, col }: { row: number; col: number }) => {
      const deal = deals[row];
      const column = DEAL_SHEET_COLUMNS[col];
      return deal && column ? { deal, column } : null;
    };
    return {
      columns: DEAL_SHEET_COLUMNS,
      rowHeaders: [],
      rowCount: deals.length,
      textAt: (pos) => {
        const cell = at(pos);
        return cell ? dealSheetText(cell.deal, cell.column) : '';
      },
      numberAt: (pos) => {
        const cell = at(pos);
        return cell ? dealSheetNumber(cell.deal, cell.column) : null;
      },
      describe: (pos) => {
        const cell = at(pos);
        return cell ? dealCellName(name, cell.deal, cell.column) : `${name}, row ${pos.row + 1}`;
      },
      write,
      undo: () => walkHistory('undo'),
      redo: () => walkHistory('redo'),
      refuse: (message) => onStatus({ kind: 'error', text: message }),
      onSummary: () => {},
    };
  }, [name, deals, write, walkHistory, onStatus]);
  return useScenarioGridSheet(model, onStatus);
}
