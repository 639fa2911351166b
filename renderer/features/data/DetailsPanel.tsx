import { useEffect, useRef, type KeyboardEvent } from 'react';
import { CellDetailsView } from './CellDetailsView';
import type { SeriesRow } from './data-grid-model';
import { SeriesDetailsView } from './SeriesDetailsView';
import type { useDetails } from './use-details';

interface DetailsPanelProps {
  readonly details: ReturnType<typeof useDetails>;
  readonly rows: readonly SeriesRow[];
}

/**
 * The side panel beside the Data grid: a cell's or a series' details (use-details.ts), or, when
 * closed, a narrow rail whose button opens it for the focused cell. Escape closes it.
 */
export function DetailsPanel({ details, rows }: DetailsPanelProps) {
  const { target, loaded, error, focusRequest, openFocused, close, saveCell, saveSeries, saveDisplay } =
    details;
  const panel = useRef<HTMLElement>(null);
  const handledFocus = useRef(0);

  // An open from the keyboard or mouse puts focus in the panel once its content has loaded.
  useEffect(() => {
    if (!loaded || focusRequest === handledFocus.current) return;
    handledFocus.current = focusRequest;
    // Its first field, or the panel itself when it has none (a blank cell), so Esc still closes it.
    const field = panel.current?.querySelector<HTMLElement>('[data-autofocus]');
    (field ?? panel.current)?.focus();
  }, [focusRequest, loaded]);

  if (!target) {
    return (
      <aside className="details-rail">
        <button type="button" onClick={openFocused} title="Details of the selected cell or series (Shift+F2)">
          Details · Shift+F2
        </button>
      </aside>
    );
  }
  const row = rows.find((r) => r.key === target.seriesKey);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const title =
    target.kind === 'cell'
      ? `${row?.label ?? target.seriesKey}, ${target.period}`
      : (row?.label ?? target.seriesKey);
  return (
    <aside
      ref={panel}
      className="details-panel"
      aria-label={target.kind === 'cell' ? 'Cell details' : 'Series details'}
      data-testid={target.kind === 'cell' ? 'cell-details' : 'series-details'}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="details-head">
        <div>
          <div className="details-kind">{target.kind === 'cell' ? 'Cell details' : 'Series details'}</div>
          <h2>{title}</h2>
        </div>
        <button type="button" className="dismiss" onClick={close} aria-label="Close the details (Esc)">
          ×
        </button>
      </header>
      {!loaded || !row ? (
        error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : (
          <p className="details-muted">Loading…</p>
        )
      ) : loaded.kind === 'cell' ? (
        <CellDetailsView details={loaded.details} row={row} error={error} onSave={saveCell} />
      ) : (
        <SeriesDetailsView
          series={loaded.details}
          error={error}
          onSave={saveSeries}
          onSaveDisplay={saveDisplay}
        />
      )}
    </aside>
  );
}
