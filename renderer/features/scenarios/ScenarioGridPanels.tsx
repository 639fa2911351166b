import { useCallback, useMemo, type ReactNode } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { ScenarioDto } from '../../../electron/contract';
import type { AssumptionGroup } from '../../../projection/assumptions';
import { PanelGrid } from '../../components/PanelGrid';
import type { StatusMessage } from '../../components/StatusBar';
import { assumptionRowId, groupLabel, type AssumptionRow } from './assumption-grid-model';
import { AssumptionGroupPanel } from './AssumptionGroupPanel';
import { overrideRowId, type OverrideRow } from './override-grid-model';
import { assumptionSheetCell, overrideSheetCell } from './scenario-sheet-cells';
import { assumptionRaw, overrideRaw } from './scenario-raw-values';
import { useScenarioSheet } from './use-scenario-sheet';

/** What every scenario grid needs to read its cells, save a block, and reload after an undo. */
export interface ScenarioGridState {
  readonly scenarios: readonly ScenarioDto[];
  readonly replaceAll: (scenarios: ScenarioDto[]) => void;
  readonly reload: () => void;
  readonly onStatus: (message: StatusMessage) => void;
}

interface GroupPanelProps extends ScenarioGridState {
  readonly group: AssumptionGroup;
  readonly rows: readonly AssumptionRow[];
  readonly columns: ColDef<AssumptionRow>[];
  readonly intro: ReactNode;
}

/** One driver group's assumptions as a spreadsheet: a row per assumption, a column per scenario. */
export function ScenarioGroupPanel({ group, rows, columns, intro, ...state }: GroupPanelProps) {
  const cellAt = useCallback(
    (row: number, scenario: ScenarioDto) => assumptionSheetCell(rows[row]!, scenario),
    [rows],
  );
  const sheet = useScenarioSheet({ ...state, rowCount: rows.length, cellAt, onSaved: state.replaceAll });
  return (
    <AssumptionGroupPanel
      title={groupLabel(group)}
      testId={`assumption-grid-${group}`}
      rows={rows as AssumptionRow[]}
      columns={columns}
      getRowId={assumptionRowId}
      exportRaw={assumptionRaw}
      intro={intro}
      sheet={sheet}
    />
  );
}

interface OverridePanelProps extends ScenarioGridState {
  readonly rows: readonly OverrideRow[];
  readonly columns: ColDef<OverrideRow>[];
  readonly children: ReactNode;
}

/** The TAM growth by projected year as a spreadsheet: each scenario's override, blank where the model's growth applies. */
export function OverridePanel({ rows, columns, children, ...state }: OverridePanelProps) {
  const cellAt = useCallback(
    (row: number, scenario: ScenarioDto) => overrideSheetCell(rows[row]!, scenario),
    [rows],
  );
  const { attach, onGridReady, onCellFocused, withSelection, menu } = useScenarioSheet({
    ...state,
    rowCount: rows.length,
    cellAt,
    onSaved: state.replaceAll,
  });
  const columnDefs = useMemo(() => withSelection(columns), [withSelection, columns]);
  return (
    <section className="panel">
      <h2>TAM growth by projected year</h2>
      {children}
      <div ref={attach} onContextMenu={menu.onContextMenu} onKeyDownCapture={menu.onKeyDown}>
        <PanelGrid<OverrideRow>
          testId="override-grid"
          exportTitle="TAM growth by projected year"
          exportRaw={overrideRaw}
          rowData={rows as OverrideRow[]}
          columnDefs={columnDefs}
          getRowId={overrideRowId}
          onGridReady={onGridReady}
          onCellFocused={onCellFocused}
          stopEditingWhenCellsLoseFocus
        />
      </div>
      {menu.menu}
    </section>
  );
}
