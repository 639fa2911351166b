import './history.css';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { StatusMessage } from '../../components/StatusBar';
import { actorText, cellsHeading, stepOriginText, stepTimeText, stepValueText } from './history-model';
import { useHistory } from './use-history';

interface HistoryPanelProps {
  /** Moves whenever the workbook changes: the list is read again. */
  readonly changes: unknown;
  readonly onStatus: (message: StatusMessage) => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onClose: () => void;
}

/**
 * The workbook's history beside the view (Ctrl+H): the journal's steps, newest first, with their
 * time, who made them and what they changed; arrows move through the steps, Enter or a click shows
 * a step's cells before and after; Undo and Redo (and Ctrl+Z / Ctrl+Y there) walk the journal;
 * Escape closes the panel.
 */
export function HistoryPanel({ changes, onStatus, onUndo, onRedo, onClose }: HistoryPanelProps) {
  const { history, chosen, details, choose } = useHistory(changes, onStatus);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const steps = history?.steps ?? [];

  // Focus goes to the steps once they are read, so arrows and Enter work at once.
  const hasLoaded = history !== null;
  useEffect(() => {
    if (hasLoaded) list.current?.focus();
  }, [hasLoaded]);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onListKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key in moves) {
      event.preventDefault();
      setActive((a) => Math.min(Math.max(a + moves[event.key]!, 0), Math.max(steps.length - 1, 0)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : Math.max(steps.length - 1, 0));
    } else if (event.key === 'Enter' && steps[active]) {
      event.preventDefault();
      choose(steps[active].id);
    }
  };

  return (
    <aside
      className="history-panel"
      aria-label="History"
      data-testid="history-panel"
      onKeyDown={(e) => {
        const isCommand = (e.ctrlKey || e.metaKey) && !e.altKey;
        const key = e.key.toLowerCase();
        if (e.key === 'Escape') onClose();
        else if (isCommand && key === 'z' && !e.shiftKey) onUndo();
        else if (isCommand && (key === 'y' || (key === 'z' && e.shiftKey))) onRedo();
        else return;
        e.preventDefault();
      }}
    >
      <header className="history-head">
        <h2>History</h2>
        <button type="button" className="dismiss" onClick={onClose} aria-label="Close the history (Esc)">
          ×
        </button>
      </header>
      <div className="history-actions">
        <button
          type="button"
          className="button small"
          disabled={!history?.canUndo}
          title={history?.canUndo ? `Undo: ${history.canUndo.summary} (Ctrl+Z)` : 'Nothing to undo'}
          onClick={onUndo}
        >
          Undo
        </button>
        <button
          type="button"
          className="button small"
          disabled={!history?.canRedo}
          title={history?.canRedo ? `Redo: ${history.canRedo.summary} (Ctrl+Y)` : 'Nothing to redo'}
          onClick={onRedo}
        >
          Redo
        </button>
        <span className="history-next" data-testid="history-next">
          {history?.canUndo ? `Next undo: ${history.canUndo.summary}` : 'Nothing to undo'}
        </span>
      </div>
      {history === null ? (
        <p className="history-muted">Loading…</p>
      ) : steps.length === 0 ? (
        <p className="history-muted">No changes yet: edits, imports and undos will be listed here.</p>
      ) : (
        <ul
          ref={list}
          className="history-steps"
          role="listbox"
          aria-label="Steps, newest first"
          aria-activedescendant={steps[active] ? `history-step-${steps[active].id}` : undefined}
          tabIndex={0}
          onKeyDown={onListKey}
        >
          {steps.map((step, index) => (
            <li
              key={step.id}
              id={`history-step-${step.id}`}
              data-index={index}
              role="option"
              aria-selected={step.id === chosen}
              className={index === active ? 'history-step active' : 'history-step'}
              onClick={() => {
                setActive(index);
                choose(step.id);
              }}
            >
              <span className="history-time">{stepTimeText(step.at)}</span>
              <span className={`history-actor ${step.actor}`}>{actorText(step)}</span>
              <span className="history-summary">{step.summary}</span>
            </li>
          ))}
        </ul>
      )}
      {chosen !== null && (
        <section className="history-cells" aria-label="The step's cells" data-testid="history-cells">
          {details === null ? (
            <p className="history-muted">Loading the step…</p>
          ) : (
            <>
              <h3>{cellsHeading(details)}</h3>
              {details.cells.length > 0 && (
                <table>
                  <colgroup>
                    <col className="series" />
                    <col className="period" />
                    <col />
                    <col />
                  </colgroup>
                  <thead>
                    <tr>
                      <th>Series</th>
                      <th>Period</th>
                      <th>Before</th>
                      <th>After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {details.cells.map((cell) => (
                      <tr key={`${cell.series} ${cell.period}`}>
                        <td className="history-code">{cell.series}</td>
                        <td>{cell.period}</td>
                        <td>
                          {stepValueText(cell.before)}
                          <div className="history-origin" title={stepOriginText(cell.before)}>
                            {stepOriginText(cell.before)}
                          </div>
                        </td>
                        <td>
                          {stepValueText(cell.after)}
                          <div className="history-origin" title={stepOriginText(cell.after)}>
                            {stepOriginText(cell.after)}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </section>
      )}
    </aside>
  );
}
