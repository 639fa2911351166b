import { useCallback, useLayoutEffect, useState } from 'react';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { SheetController, type SheetModel } from './sheet-controller';
import { withClassRules } from './sheet-grid';

export type { SheetModel } from './sheet-controller';

/**
 * Spreadsheet behaviour for an AG Grid Community grid (SheetController): keys as in Excel,
 * ranges, the system clipboard, fill and undo. The owner passes its cells and its save; the grid
 * gets `attach` as its wrapper's ref, `onGridReady` and `onCellFocused`, and its column
 * definitions through `withSelection`, which draws the selection on the sheet's columns.
 */
export function useSheet(model: SheetModel) {
  const [controller] = useState(() => new SheetController(model));
  useLayoutEffect(() => controller.setModel(model), [controller, model]);

  const attach = useCallback(
    (element: HTMLElement | null) => (element ? controller.attach(element) : undefined),
    [controller],
  );

  const { columns, rowHeaders } = model;
  const withSelection = useCallback(
    <Row>(defs: readonly (ColDef<Row> | ColGroupDef<Row>)[]) =>
      withClassRules(defs, { columns, rowHeaders }, controller.rules),
    [controller, columns, rowHeaders],
  );

  return {
    controller,
    attach,
    onGridReady: controller.onGridReady,
    onCellFocused: controller.onCellFocused,
    withSelection,
  };
}
