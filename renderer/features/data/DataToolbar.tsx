import { useCallback, useEffect, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { InlineForm } from '../../components/InlineForm';
import type { StatusMessage } from '../../components/StatusBar';
import { AddSeriesForm } from './AddSeriesForm';
import type { SeriesRow } from './data-grid-model';
import { onSeriesDeleteRequest } from './series-requests';
import { useStructure } from './use-structure';

interface DataToolbarProps {
  readonly api: GridApi<SeriesRow> | null;
  readonly rows: readonly SeriesRow[];
  /** Whether only the Years are shown (the quarters hidden). */
  readonly isAnnual: boolean;
  readonly onTogglePeriods: () => void;
  readonly onStatus: (message: StatusMessage) => void;
  /** The structure changed: the grid reads the workbook again. */
  readonly onChanged: () => void;
  /** Something was saved: the shell's summary and history read it again. */
  readonly onSaved: () => void;
}

type Open = 'add' | 'delete' | null;

/** The shortcuts, on Alt+Shift so they leave the grid's and the browser's keys alone. */
const KEYS: Readonly<Record<string, 'add' | 'start' | 'end' | 'up' | 'down' | 'years'>> = {
  N: 'add',
  Y: 'years',
  Home: 'start',
  End: 'end',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The Data view's toolbar: Add series… (Alt+Shift+N), a quarter at the start or end of the
 * workbook (Alt+Shift+Home / End), and for the focused cell's series Move up / down
 * (Alt+Shift+↑ / ↓) and Delete series…, which asks first. Each is one step of the journal. And
 * Years only (Alt+Shift+Y), which hides the quarters: a view, kept per workbook, not a step.
 */
export function DataToolbar(props: DataToolbarProps) {
  const { api, rows, isAnnual, onTogglePeriods, onStatus, onChanged, onSaved } = props;
  const reload = useCallback(() => {
    onChanged();
    onSaved();
  }, [onChanged, onSaved]);
  const structure = useStructure({ api, rows, onStatus, onChanged: reload });
  const { focused, addQuarter, move } = structure;
  const [open, setOpen] = useState<Open>(null);
  // The series to delete: the focused one, or the one the details panel asked for.
  const [doomed, setDoomed] = useState<SeriesRow | null>(null);
  const askDelete = useCallback((series: SeriesRow | null) => {
    setDoomed(series);
    setOpen(series ? 'delete' : null);
  }, []);
  useEffect(
    () => onSeriesDeleteRequest((key) => askDelete(rows.find((r) => r.key === key) ?? null)),
    [rows, askDelete],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const action = KEYS[event.key.length === 1 ? event.key.toUpperCase() : event.key];
      if (!action) return;
      event.preventDefault();
      if (action === 'add') setOpen('add');
      else if (action === 'years') onTogglePeriods();
      else if (action === 'start' || action === 'end') addQuarter(action);
      else move(action === 'up' ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [addQuarter, move, onTogglePeriods]);

  const position = focused ? rows.findIndex((r) => r.key === focused.key) : -1;
  const close = () => {
    setOpen(null);
    api?.setFocusedCell(Math.max(position, 0), 'label');
  };
  return (
    <div className="data-toolbar-area">
      <div className="data-toolbar" role="toolbar" aria-label="Series and quarters">
        <button
          type="button"
          className="button small"
          title="Add a series (Alt+Shift+N)"
          onClick={() => setOpen('add')}
        >
          Add series…
        </button>
        <button
          type="button"
          className="button small"
          title="Add the quarter before the first (Alt+Shift+Home)"
          onClick={() => addQuarter('start')}
        >
          ◂ Add quarter
        </button>
        <button
          type="button"
          className="button small"
          title="Add the quarter after the last (Alt+Shift+End)"
          onClick={() => addQuarter('end')}
        >
          Add quarter ▸
        </button>
        <button
          type="button"
          className="button small"
          aria-pressed={isAnnual}
          data-testid="toggle-years"
          title={
            isAnnual
              ? 'Show the quarters again (Alt+Shift+Y)'
              : 'Show only the Years, each computed from its quarters where not reported (Alt+Shift+Y)'
          }
          onClick={onTogglePeriods}
        >
          Years only
        </button>
        <span className="data-toolbar-focus" data-testid="toolbar-series">
          {focused ? focused.label : 'No series selected'}
        </span>
        <button
          type="button"
          className="button small"
          disabled={position <= 0}
          title="Move the series up (Alt+Shift+↑)"
          onClick={() => move(-1)}
        >
          Move up
        </button>
        <button
          type="button"
          className="button small"
          disabled={position < 0 || position >= rows.length - 1}
          title="Move the series down (Alt+Shift+↓)"
          onClick={() => move(1)}
        >
          Move down
        </button>
        <button
          type="button"
          className="button small"
          disabled={!focused || focused.kind === 'derived'}
          title={
            focused?.kind === 'derived'
              ? 'Derived series are computed by the app'
              : 'Delete the series and its values'
          }
          onClick={() => askDelete(focused)}
        >
          Delete series…
        </button>
      </div>
      {open === 'add' && (
        <AddSeriesForm
          onSubmit={async (draft) => {
            await structure.addSeries(draft);
            close();
          }}
          onCancel={close}
        />
      )}
      {open === 'delete' && doomed && (
        <InlineForm
          testId="delete-series"
          prompt={`Delete ${doomed.label} and its ${Object.keys(doomed.values).length} values? Ctrl+Z puts them back.`}
          submitLabel="Delete series"
          onSubmit={async () => {
            await structure.remove(doomed);
            setOpen(null);
          }}
          onCancel={close}
        />
      )}
    </div>
  );
}
