import type { CellWriteResult, ChannelInput, ObservationDto, Qualifier } from '../../../electron/contract';
import { formatShown, shownUnit, type SeriesDisplay } from '../../../projection/series-display';

/** Each qualifier as the details panel names it. */
export const QUALIFIER_LABELS: Readonly<Record<Qualifier, string>> = {
  exact: 'Exact',
  approx: 'Approximate (rounded by its source)',
  lower_bound: 'Lower bound (at least)',
  upper_bound: 'Upper bound (at most)',
  inference: 'Inference (worked out from other figures)',
};

/** What the user typed in the cell details form. */
export interface CellDraft {
  readonly qualifier: Qualifier;
  readonly source: string;
  readonly note: string;
}

export type AnnotateInput = ChannelInput<'observations:annotate'>;

/** The form's starting text: the value's qualifier, source and note as saved. */
export function cellDraftOf(observation: ObservationDto): CellDraft {
  const { qualifier, source, note } = observation;
  return { qualifier, source, note };
}

/**
 * What to send for a save: the fields the user changed (texts compared trimmed, as main saves
 * them), or null when nothing changed, so a save with no change writes no step.
 */
export function annotationOf(observation: ObservationDto, draft: CellDraft): AnnotateInput | null {
  const { seriesKey, period } = observation;
  const changes = {
    ...(draft.qualifier === observation.qualifier ? {} : { qualifier: draft.qualifier }),
    ...(draft.source.trim() === observation.source ? {} : { source: draft.source.trim() }),
    ...(draft.note.trim() === observation.note ? {} : { note: draft.note.trim() }),
  };
  return Object.keys(changes).length === 0 ? null : { seriesKey, period, ...changes };
}

/**
 * The status line after a value is saved from the grid. When the value replaced one that cited a
 * source, it says so and where that source is kept: a hand edit never drops a citation silently.
 * In a row shown in another scale (`shown`), the value is given in both units, so a typed 13 is
 * seen to be 13,000 USD millions.
 */
export function savedCellText(
  label: string,
  period: string,
  result: CellWriteResult,
  shown?: { readonly unit: string; readonly display: SeriesDisplay },
): string {
  const value = result.observation?.value;
  const unit = shown && shownUnit(shown.unit, shown.display);
  const both =
    value !== undefined && shown && unit !== shown.unit
      ? ` ${shown.unit} (${formatShown(value, shown.unit, shown.display)} ${unit})`
      : '';
  const saved = `Saved ${label}, ${period}: ${value !== undefined ? value.toLocaleString('en-US') : 'cleared'}${both}`;
  if (result.replacedSource === null) return saved;
  return `${saved}. It replaced a value cited to ${result.replacedSource}; that source stays in the cell's history (Shift+F2 shows it, and takes a source for the new value).`;
}
