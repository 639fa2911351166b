import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand, WorkbookActivity, WorkbookSummary } from '../../electron/contract';
import { windowTitle } from '../../projection/workbook-files';
import { call, onEvent } from '../api';
import type { StatusMessage } from '../components/StatusBar';
import type { ViewId } from './navigation';

/** A dialog the File and Help menus open over the app. */
export type FileDialog =
  | { readonly kind: 'report'; readonly scenario: string | null }
  | { readonly kind: 'check' }
  | { readonly kind: 'backups' };

interface FileCommandsInput {
  readonly summary: WorkbookSummary | null;
  readonly view: ViewId;
  /** The scenario the Projection view shows (its outputs are the grid File › Export › CSV writes there). */
  readonly projectionScenario: string | null;
  readonly onStatus: (message: StatusMessage) => void;
}

/**
 * The File › Export and Help commands of the app, and what runs on the workbook: main reports each
 * long operation (`workbook:activity`), shown in the window title ("Q3 thesis.iwb — Importing… —
 * Instinct Workbook") and, for exports, with their progress in the status bar.
 */
export function useFileCommands({ summary, view, projectionScenario, onStatus }: FileCommandsInput) {
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
    async (form: 'raw' | 'shown') => {
      if (view !== 'data' && view !== 'projection') {
        onStatus({
          kind: 'info',
          text: 'Current Grid to CSV exports the Data grid (Data view) or a scenario’s quarters (Projection view); File › Export › Workbook to XLSX holds every grid.',
        });
        return;
      }
      const scenario = view === 'projection' ? projectionScenario : null;
      const done = await call('exports:csv', { ...(scenario ? { scenario } : {}), form });
      if (done) onStatus({ kind: 'info', text: `Exported ${done.tables[0] ?? 'the grid'} to ${done.path}` });
    },
    [view, projectionScenario, onStatus],
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
