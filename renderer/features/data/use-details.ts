import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { CellDetails, ObservationDto, SeriesDetails } from '../../../electron/contract';
import { call } from '../../api';
import type { StatusMessage } from '../../components/StatusBar';
import { annotationOf, type CellDraft } from './cell-details-model';
import type { SeriesRow } from './data-grid-model';
import { detailsTargetOf, isDetailsKey, isSameTarget, type DetailsTarget } from './details-keys';
import { seriesUpdateOf, type SeriesDraft } from './series-details-model';
import { describeShown, type SeriesDisplay } from '../../../projection/series-display';

export interface DetailsOptions {
  readonly api: GridApi<SeriesRow> | null;
  /** The element holding the grid and the panel: keys and double-clicks are caught there. */
  readonly container: RefObject<HTMLElement | null>;
  readonly rows: readonly SeriesRow[] | null;
  readonly onStatus: (message: StatusMessage) => void;
  /** Puts a value main saved into the grid. */
  readonly onSavedCell: (seriesKey: string, period: string, observation: ObservationDto | null) => void;
  /** Puts a series main saved into the grid. */
  readonly onSavedSeries: (series: SeriesDetails) => void;
}

/** What the panel shows: the target, what main said of it (null while loading), a refusal. */
export type Loaded =
  | { readonly kind: 'cell'; readonly details: CellDetails }
  | { readonly kind: 'series'; readonly details: SeriesDetails };

/**
 * The details panel's state and IPC: which cell or series it shows, loading it, and saving what
 * the user changed (one journaled step per save). Shift+F2 on the focused grid cell opens it
 * (details-keys.ts), as does a double-click on a series' name or the panel's rail; while it is
 * open it follows the grid's focused cell. Escape closes it and gives focus back to the grid.
 */
export function useDetails({ api, container, rows, onStatus, onSavedCell, onSavedSeries }: DetailsOptions) {
  const [target, setTarget] = useState<DetailsTarget | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped by each open from the keyboard or mouse: the panel then takes focus.
  const [focusRequest, setFocusRequest] = useState(0);

  const focusedTarget = useCallback((): DetailsTarget | null => {
    const focused = api?.getFocusedCell();
    const row = focused ? api?.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
    return focused && row ? detailsTargetOf(row.key, focused.column.getColId()) : null;
  }, [api]);

  /** Shows `next`; a refusal shown for another target goes. */
  const retarget = useCallback(
    (next: DetailsTarget) => {
      if (isSameTarget(target, next)) return;
      setError(null);
      setTarget(next);
    },
    [target],
  );

  const open = useCallback(
    (next: DetailsTarget | null) => {
      if (!next) {
        onStatus({ kind: 'error', text: 'Select a cell of the Data grid first, then press Shift+F2.' });
        return;
      }
      retarget(next);
      setFocusRequest((n) => n + 1);
    },
    [onStatus, retarget],
  );

  const close = useCallback(() => {
    const row = target && api?.getRowNode(target.seriesKey);
    if (target && row?.rowIndex != null) {
      api?.setFocusedCell(row.rowIndex, target.kind === 'cell' ? target.period : 'label');
    }
    setTarget(null);
  }, [api, target]);

  // Shift+F2 in the grid and a double-click on a series' name, caught before AG Grid sees them.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isDetailsKey(event) || !(event.target as Element).closest('.data-grid')) return;
      event.preventDefault();
      event.stopPropagation();
      open(focusedTarget());
    };
    const onDoubleClick = (event: MouseEvent) => {
      if ((event.target as Element).closest('.ag-cell[col-id="label"]')) open(focusedTarget());
    };
    element.addEventListener('keydown', onKey, { capture: true });
    element.addEventListener('dblclick', onDoubleClick);
    return () => {
      element.removeEventListener('keydown', onKey, { capture: true });
      element.removeEventListener('dblclick', onDoubleClick);
    };
  }, [container, open, focusedTarget]);

  // While open, the panel shows whichever cell the grid focuses; and the grid, narrowed by the
  // panel, keeps the target's column in view.
  useEffect(() => {
    if (!api || !target) return;
    const follow = () => {
      const next = focusedTarget();
      if (next) retarget(next);
    };
    const keepInView = () => {
      if (target.kind === 'cell') api.ensureColumnVisible(target.period);
    };
    api.addEventListener('cellFocused', follow);
    api.addEventListener('gridSizeChanged', keepInView);
    return () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('cellFocused', follow);
      api.removeEventListener('gridSizeChanged', keepInView);
    };
  }, [api, target, focusedTarget, retarget]);

  // What the grid holds for the target: when a save or an edit changes it, the details reload.
  const row = target ? rows?.find((r) => r.key === target.seriesKey) : undefined;
  const shown = target?.kind === 'cell' ? row?.values[target.period] : row;

  useEffect(() => {
    if (!target) return;
    let isCurrent = true;
    const request: Promise<Loaded> =
      target.kind === 'cell'
        ? call('observations:history', { seriesKey: target.seriesKey, period: target.period }).then(
            (details) => ({ kind: 'cell', details }),
          )
        : call('series:details', { key: target.seriesKey }).then((details) => ({ kind: 'series', details }));
    request.then(
      (next) => isCurrent && setLoaded(next),
      (failure: Error) => isCurrent && setError(failure.message),
    );
    return () => {
      isCurrent = false;
    };
  }, [target, shown]);

  const refuse = useCallback(
    (message: string) => {
      setError(message);
      onStatus({ kind: 'error', text: message });
    },
    [onStatus],
  );

  const saveCell = useCallback(
    async (observation: ObservationDto, draft: CellDraft) => {
      const input = annotationOf(observation, draft);
      if (!input)
        return onStatus({
          kind: 'info',
          text: 'Nothing to save: the source, note and qualifier are as saved.',
        });
      const label = row?.label ?? observation.seriesKey;
      try {
        const result = await call('observations:annotate', input);
        setError(null);
        onSavedCell(result.seriesKey, result.period, result.observation);
        onStatus({ kind: 'info', text: `Saved the details of ${label}, ${observation.period}` });
      } catch (failure) {
        refuse(`${label}, ${observation.period}: ${(failure as Error).message}`);
      }
    },
    [row, onStatus, onSavedCell, refuse],
  );

  const saveSeries = useCallback(
    async (series: SeriesDetails, draft: SeriesDraft) => {
      const update = seriesUpdateOf(series, draft);
      if (!update.ok) return refuse(`${update.error.message}; nothing was saved.`);
      if (!update.value)
        return onStatus({ kind: 'info', text: `Nothing to save: ${series.label} is as saved.` });
      try {
        const saved = await call('series:update', update.value);
        setError(null);
        setLoaded({ kind: 'series', details: saved });
        onSavedSeries(saved);
        onStatus({ kind: 'info', text: `Saved ${saved.label}` });
      } catch (failure) {
        refuse((failure as Error).message);
      }
    },
    [onStatus, onSavedSeries, refuse],
  );

  const saveDisplay = useCallback(
    async (series: SeriesDetails, display: SeriesDisplay) => {
      const { scale, decimals } = display;
      if (scale === series.display.scale && decimals === series.display.decimals)
        return onStatus({ kind: 'info', text: `Nothing to save: ${series.label} is shown so already.` });
      try {
        const saved = await call('series:setDisplay', { key: series.key, scale, decimals });
        setError(null);
        setLoaded({ kind: 'series', details: saved });
        onSavedSeries(saved);
        onStatus({
          kind: 'info',
          text: `${saved.label} is shown in ${describeShown(saved.unit, saved.display)}`,
        });
      } catch (failure) {
        refuse(`${series.label}: ${(failure as Error).message}`);
      }
    },
    [onStatus, onSavedSeries, refuse],
  );

  return {
    target,
    loaded: loaded && target && isLoadedFor(loaded, target) ? loaded : null,
    error,
    focusRequest,
    openFocused: () => open(focusedTarget()),
    close,
    saveCell,
    saveSeries,
    saveDisplay,
  };
}

/** Whether what was loaded is the target's (a reply for the previous target is not shown). */
function isLoadedFor(loaded: Loaded, target: DetailsTarget): boolean {
  return loaded.kind === 'cell'
    ? target.kind === 'cell' &&
        loaded.details.seriesKey === target.seriesKey &&
        loaded.details.period === target.period
    : target.kind === 'series' && loaded.details.key === target.seriesKey;
}
