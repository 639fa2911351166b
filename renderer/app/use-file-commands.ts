import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand, WorkbookActivity, WorkbookSummary } from '../../electron/contract';
import { windowTitle } from '../../projection/workbook-files';
import { call, onEvent } from '../api';
import type { StatusMessage } from '../components/StatusBar';
import type { GridForm, GridRegistry } from '../state/current-grid';
import type { ViewId } from './navigation';

/** A dialog the File and Help menus open over the app. */
export type FileDialog =
  | { readonly kind: 'report'; readonly scenario: string | null }
  | { readonly kind: 'check' }
  | { readonly kind: 'backups' };

interface FileCommandsInput {
  readonly summary: WorkbookSummary | null;
  readonly view: ViewId;
  /** The scenario the Projection view shows (File › Export › Scenario Report starts from it). */
  readonly projectionScenario: string | null;
  /** The grids on screen: File › Export › Current Grid to CSV exports the current one. */
  readonly grids: GridRegistry;
  readonly onStatus: (message: StatusMessage) => void;
}

/**
 * The File › Export and Help commands of the app, and what runs on the workbook: main reports each
 * long operation (`workbook:activity`), shown in the window title ("Q3 thesis.iwb — Importing… —
 * Instinct Workbook") and, for exports, with their progress in the status bar.
 */
export function useFileCommands({ summary, view, projectionScenario, grids, onStatus }: FileCommandsInput) {
  const [activity, setActivity] = useState<WorkbookActivity | null>(null);
  const [dialog, setDialog] = useState<FileDialog | null>(null);

  useEffect(() => onEvent('workbook:activity', ({ activity: now }) => setActivity(now)), []);
  useEffect(
    () =>
      onEvent('exports:progress', ({ done, total, step }) =>
        onStatus({ kind: 'info', text: `Exporting… ${step} (${Math.min(done + 1, total)} of ${total})` }),
      ),
    [onStatus],
  );
  useEffect(() => {
    document.title = windowTitle(summary?.fileName ?? null, activity, Boolean(summary?.readOnlyReason));
  }, [summary, activity]);

  const exportGrid = useCallback(
    async (form: GridForm) => {
      const grid = grids.current();
      if (!grid) {
        onStatus({
          kind: 'info',
          text: 'No grid is current: click a cell of the grid to export, then File › Export › Current Grid to CSV again.',
        });
        return;
      }
      const done =
        grid.source.kind === 'workbook-data'
          ? await call('exports:csv', { form })
          : await call('exports:grid', { title: grid.title, ...grid.source.read(form) });
      if (done) {
        const how = form === 'shown' ? 'as shown' : 'as raw numbers';
        onStatus({ kind: 'info', text: `Exported ${grid.title} ${how} to ${done.path}` });
      }
    },
    [grids, onStatus],
  );

  const run = useCallback(
    (command: MenuCommand) => {
      const failed = (error: Error) => onStatus({ kind: 'error', text: `Export failed: ${error.message}` });
      switch (command) {
        case 'export-xlsx':
          call('exports:xlsx').then((done) => {
            if (done)
              onStatus({ kind: 'info', text: `Exported ${done.tables.length} sheets to ${done.path}` });
          }, failed);
          return;
        case 'export-csv':
        case 'export-csv-shown':
          exportGrid(command === 'export-csv' ? 'raw' : 'shown').catch(failed);
          return;
        case 'export-report':
          setDialog({ kind: 'report', scenario: view === 'projection' ? projectionScenario : null });
          return;
        case 'check-workbook':
          setDialog({ kind: 'check' });
          return;
        case 'backups':
          setDialog({ kind: 'backups' });
          return;
        case 'import':
          return;
      }
    },
    [exportGrid, onStatus, view, projectionScenario],
  );

  return { activity, dialog, setDialog, run, closeDialog: () => setDialog(null) };
}
