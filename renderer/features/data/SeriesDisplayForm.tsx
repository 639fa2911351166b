import { useState, type FormEvent } from 'react';
import type { SeriesDetails } from '../../../electron/contract';
import {
  DISPLAY_SCALES,
  MAX_DISPLAY_DECIMALS,
  formatShown,
  shownUnit,
  type DisplayScale,
  type SeriesDisplay,
} from '../../../projection/series-display';
import { unitExponent } from '../../../projection/typed-values';

interface SeriesDisplayFormProps {
  readonly series: SeriesDetails;
  readonly onSave: (series: SeriesDetails, display: SeriesDisplay) => Promise<void>;
}

const SCALE_TEXT: Readonly<Record<DisplayScale, string>> = {
  stored: 'As stored',
  thousands: 'Thousands',
  millions: 'Millions',
  billions: 'Billions',
};

/** An example figure for the preview: 12,634 of a money series, 27.25 of a share. */
const exampleOf = (unit: string) => (unitExponent(unit) === null ? 27.25 : 12_634);

/**
 * How the series' numbers are shown: a scale (for money in USD thousands, millions or billions)
 * and decimals, with a preview of a figure as the grid will show it; Apply saves one step
 * (series:setDisplay). Numbers typed into the row are then read in the unit it shows.
 */
export function SeriesDisplayForm({ series, onSave }: SeriesDisplayFormProps) {
  const [form, setForm] = useState(() => ({ base: series, draft: series.display }));
  // A save gives the series as saved: the form starts again from it.
  if (form.base !== series) setForm({ base: series, draft: series.display });
  const { draft } = form;
  const [isBusy, setIsBusy] = useState(false);
  const canScale = unitExponent(series.unit) !== null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    setIsBusy(true);
    void onSave(series, draft).finally(() => setIsBusy(false));
  };
  const example = exampleOf(series.unit);
  return (
    <form className="details-form details-display" onSubmit={onSubmit} data-testid="series-display">
      <fieldset className="details-range">
        <legend>Shown as (the values stay as stored)</legend>
        <label>
          Scale
          <select
            value={draft.scale}
            disabled={!canScale}
            title={canScale ? undefined : `A series in ${series.unit} is shown as stored`}
            onChange={(e) =>
              setForm({ base: form.base, draft: { ...draft, scale: e.target.value as DisplayScale } })
            }
          >
            {DISPLAY_SCALES.map((scale) => (
              <option key={scale} value={scale}>
                {scale === 'stored' ? `${SCALE_TEXT[scale]} (${series.unit})` : SCALE_TEXT[scale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Decimals
          <select
            value={draft.decimals === null ? '' : String(draft.decimals)}
            onChange={(e) =>
              setForm({
                base: form.base,
                draft: { ...draft, decimals: e.target.value === '' ? null : Number(e.target.value) },
              })
            }
          >
            <option value="">Usual</option>
            {Array.from({ length: MAX_DISPLAY_DECIMALS + 1 }, (_, d) => (
              <option key={d} value={String(d)}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <p className="details-muted" data-testid="display-preview">
        {formatShown(example, series.unit, { scale: 'stored', decimals: null })} {series.unit} shows as{' '}
        {formatShown(example, series.unit, draft)} {shownUnit(series.unit, draft)}
        {shownUnit(series.unit, draft) === series.unit
          ? ''
          : `; type 13 for 13 ${draft.scale.replace(/s$/, '')}`}
      </p>
      <div className="details-actions">
        <button type="submit" className="button" disabled={isBusy}>
          Apply display
        </button>
      </div>
    </form>
  );
}
