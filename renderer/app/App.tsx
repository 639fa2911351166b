import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkbookSummary } from '../../electron/contract';
import { call } from '../api';
import { StatusBar, type StatusMessage } from '../components/StatusBar';
import { DataView } from '../features/data/DataView';
import { BackupsDialog } from '../features/files/BackupsDialog';
import { CheckDialog } from '../features/files/CheckDialog';
import { checkDroppedFiles } from '../features/import/dropped-files';
import type { ImportStart } from '../features/import/ImportView';
import type { CompareRequest } from '../features/vintages/compare-request';
import { HistoryPanel } from '../features/history/HistoryPanel';
import { runEditCommand } from './edit-commands';
import { NAV_ITEMS, type ViewId } from './navigation';
import { useJournalWalk } from './use-journal-walk';
import { describeActivity } from '../../projection/workbook-files';
import { useFileCommands } from './use-file-commands';
import { useFileDrop } from './use-file-drop';
import { GridRegistry, GridRegistryContext } from '../state/current-grid';

// The views other than Data load when first shown, or when the pointer or the keyboard's focus
// comes to the navigation (about to pick one): the charts' library alone is half the page's
// script, and a workbook opens on its Data view (docs/BENCHMARKS.md, "Large workbooks"). Not on a
// timer: evaluating the charts' modules holds the page for a tenth of a second, which a timer
// would drop into whatever the user is doing.
const loadProjection = () => import('../features/projection/ProjectionView');
const loadReport = () => import('../features/projection/ReportDialog');
const loadScenarios = () => import('../features/scenarios/ScenariosView');
const loadVintages = () => import('../features/vintages/VintagesView');
const loadImport = () => import('../features/import/ImportView');
const ProjectionView = lazy(() => loadProjection().then((m) => ({ default: m.ProjectionView })));
const ReportDialog = lazy(() => loadReport().then((m) => ({ default: m.ReportDialog })));
const ScenariosView = lazy(() => loadScenarios().then((m) => ({ default: m.ScenariosView })));
const VintagesView = lazy(() => loadVintages().then((m) => ({ default: m.VintagesView })));
const ImportView = lazy(() => loadImport().then((m) => ({ default: m.ImportView })));

/** Loads the other views' scripts (each once: the module loader keeps them). */
function prefetchViews(): void {
  for (const load of [loadProjection, loadScenarios, loadVintages, loadImport, loadReport]) void load();
}

/**
 * The app shell: sidebar navigation, the workbook's name, the active view and the status bar.
 * Imports start here too: File › Import… and a file dropped anywhere open the Import view.
 */
export function App() {
  const [view, setView] = useState<ViewId>('data');
  const [summary, setSummary] = useState<WorkbookSummary | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  // The Data view's selection: count, sum and average, shown at the status bar's right.
  const [selectionSummary, setSelectionSummary] = useState<string | null>(null);
  const [importStart, setImportStart] = useState<ImportStart | null>(null);
  // The Import view keeps its preview while the user looks at other views: once shown, it stays mounted.
  const [hasImportView, setHasImportView] = useState(false);

  const show = useCallback((id: ViewId) => {
    setView(id);
    if (id === 'import') setHasImportView(true);
  }, []);

  const startImport = useCallback(
    (start: ImportStart) => {
      show('import');
      setImportStart(start);
    },
    [show],
  );

  const onDrop = useCallback(
    (files: File[]) => {
      const check = checkDroppedFiles(files);
      if (check.ok) startImport({ kind: 'drop', file: check.value });
      else setStatus({ kind: 'error', text: check.error.message });
    },
    [startImport],
  );
  const isDragging = useFileDrop(onDrop);
  // The scenario the Projection view shows: File › Export's CSV and report start from it.
  const [projectionScenario, setProjectionScenario] = useState<string | null>(null);
  // The grids on screen, for File › Export › Current Grid to CSV (each registers itself).
  const [grids] = useState(() => new GridRegistry());
  const files = useFileCommands({ summary, view, projectionScenario, grids, onStatus: setStatus });
  const { run: runFileCommand, setDialog } = files;
  // The Scenarios view's "Compare with…" opens the comparison in the Vintages view.
  const [compareRequest, setCompareRequest] = useState<CompareRequest | null>(null);
  const compare = useCallback(
    (scenario: string) => {
      setCompareRequest((last) => ({ scenario, seq: (last?.seq ?? 0) + 1 }));
      show('vintages');
    },
    [show],
  );
  const openReport = useCallback((scenario: string) => setDialog({ kind: 'report', scenario }), [setDialog]);

  const refreshSummary = useCallback(() => {
    call('workbook:summary').then(setSummary, (error: Error) =>
      setStatus({ kind: 'error', text: `Cannot read the workbook: ${error.message}` }),
    );
  }, []);

  // Undo and redo from the Edit menu and the history panel; `revision` remounts the views after
  // one, so each reads the workbook as the step left it.
  const { revision, walk } = useJournalWalk(setStatus, refreshSummary);
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  // The history reads the journal again after any change: every view says so in the status bar
  // (a save, an undo, a refusal) or through the workbook's summary.
  const historyChanges = useMemo(() => ({ summary, status }), [summary, status]);

  useEffect(
    () =>
      window.workbook.onMenuCommand((command) => {
        if (command === 'import') startImport({ kind: 'choose' });
        else if (command === 'undo' || command === 'redo') runEditCommand(command, document, walk);
        else runFileCommand(command);
      }),
    [startImport, walk, runFileCommand],
  );

  useEffect(refreshSummary, [refreshSummary]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key === 'h') {
        event.preventDefault();
        setIsHistoryOpen((isOpen) => !isOpen);
        return;
      }
      const item = NAV_ITEMS.find((n) => n.shortcut === event.key);
      if (item) {
        event.preventDefault();
        show(item.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <GridRegistryContext value={grids}>
      <div className="shell">
        <nav className="sidebar" aria-label="Views" onPointerEnter={prefetchViews} onFocus={prefetchViews}>
          <div className="brand">Instinct Workbook</div>
          {NAV_ITEMS.map((item) => (
            <button
              key={item.id}
              type="button"
              className={item.id === view ? 'nav-item active' : 'nav-item'}
              aria-current={item.id === view ? 'page' : undefined}
              title={`${item.label} (Ctrl+${item.shortcut})`}
              onClick={() => show(item.id)}
            >
              {item.label}
            </button>
          ))}
        </nav>
        <main className="content">
          <header className="topbar">
            <h1>{summary?.fileName ?? 'Loading…'}</h1>
            {files.activity && (
              <span className="activity" role="status" data-testid="activity">
                {describeActivity(files.activity)}
              </span>
            )}
            {summary && (
              <span className="summary" data-testid="workbook-summary">
                {summary.series} series · {summary.observations.toLocaleString('en-US')} values ·{' '}
                {summary.firstPeriod}–{summary.lastPeriod}
              </span>
            )}
            <button
              type="button"
              className="button small topbar-history"
              aria-pressed={isHistoryOpen}
              title="The workbook's history of changes, with undo and redo (Ctrl+H)"
              onClick={() => setIsHistoryOpen((isOpen) => !isOpen)}
            >
              History
            </button>
            {summary?.readOnlyReason && (
              <span className="read-only" role="status" data-testid="read-only">
                Read-only: {summary.readOnlyReason}.
              </span>
            )}
          </header>
          <div className="view-area">
            <section className="view">
              <Suspense fallback={<div className="loading">Loading…</div>}>
                {view === 'data' && (
                  <DataView
                    key={revision}
                    onStatus={setStatus}
                    onSaved={refreshSummary}
                    onSelectionSummary={setSelectionSummary}
                    workbookPath={summary?.path ?? null}
                  />
                )}
                {view === 'scenarios' && (
                  <ScenariosView key={revision} onStatus={setStatus} onCompare={compare} />
                )}
                {view === 'projection' && (
                  <ProjectionView
                    key={revision}
                    onStatus={setStatus}
                    onReport={openReport}
                    onScenario={setProjectionScenario}
                  />
                )}
                {view === 'vintages' && (
                  <VintagesView key={revision} onStatus={setStatus} compareRequest={compareRequest} />
                )}
                {(view === 'import' || hasImportView) && (
                  <div className="view-slot" hidden={view !== 'import'}>
                    <ImportView start={importStart} onStatus={setStatus} onChanged={refreshSummary} />
                  </div>
                )}
              </Suspense>
            </section>
            {isHistoryOpen && (
              <HistoryPanel
                changes={historyChanges}
                onStatus={setStatus}
                onUndo={() => walk('undo')}
                onRedo={() => walk('redo')}
                onClose={() => setIsHistoryOpen(false)}
              />
            )}
          </div>
          <StatusBar
            message={status}
            onDismiss={() => setStatus(null)}
            aside={view === 'data' ? selectionSummary : null}
          />
        </main>
        {files.dialog?.kind === 'report' && (
          <Suspense fallback={null}>
            <ReportDialog scenario={files.dialog.scenario} onStatus={setStatus} onClose={files.closeDialog} />
          </Suspense>
        )}
        {files.dialog?.kind === 'check' && (
          <CheckDialog readOnlyReason={summary?.readOnlyReason ?? null} onClose={files.closeDialog} />
        )}
        {files.dialog?.kind === 'backups' && (
          <BackupsDialog onStatus={setStatus} onClose={files.closeDialog} />
        )}
        {isDragging && (
          <div className="drop-overlay" aria-hidden="true">
            <div>Drop a CSV, TSV, TXT or XLSX file to preview its import</div>
          </div>
        )}
      </div>
    </GridRegistryContext>
  );
}
