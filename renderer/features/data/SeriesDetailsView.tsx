import { useState, type FormEvent } from 'react';
import type { SeriesDetails } from '../../../electron/contract';
import { describeRange } from '../../../projection/value-range';
import type { SeriesDisplay } from '../../../projection/series-display';
import { SeriesDeleteButton } from './SeriesDeleteButton';
import { SeriesDisplayForm } from './SeriesDisplayForm';
import { fiscalYearText, seriesDraftOf, type SeriesDraft } from './series-details-model';

interface SeriesDetailsViewProps {
  readonly series: SeriesDetails;
  readonly error: string | null;
  readonly onSave: (series: SeriesDetails, draft: SeriesDraft) => Promise<void>;
  readonly onSaveDisplay: (series: SeriesDetails, display: SeriesDisplay) => Promise<void>;
}

const KIND_TEXT: Readonly<Record<SeriesDetails['kind'], string>> = {
  reported: 'reported by the company',
  estimate: 'an estimate',
  derived: 'computed from other series',
};

/** A series' details: what it is, its calendar and aliases, and a form for its label, unit and range. */
export function SeriesDetailsView({ series, error, onSave, onSaveDisplay }: SeriesDetailsViewProps) {
  return (
    <>
      <dl className="details-facts">
        <dt>Key</dt>
        <dd className="details-code">{series.key}</dd>
        <dt>Company</dt>
        <dd>{series.company}</dd>
        <dt>Kind</dt>
        <dd>{KIND_TEXT[series.kind]}</dd>
        <dt>Unit</dt>
        <dd>{series.unit}</dd>
        <dt>Range</dt>
        <dd data-testid="details-range">{describeRange(series)}</dd>
        <dt>Calendar</dt>
        <dd>{fiscalYearText(series.fiscalCalendar)}</dd>
        <dt>Values</dt>
        <dd>
          {series.count === 0 ? 'none yet' : `${series.count}, ${series.firstPeriod} to ${series.lastPeriod}`}
        </dd>
        {series.notes && (
          <>
            <dt>Notes</dt>
            <dd className="details-note">{series.notes}</dd>
          </>
        )}
        <dt>Also called</dt>
        <dd>
          {series.aliases.length === 0
            ? '—'
            : series.aliases.map((a) => `${a.alias}${a.source === 'user' ? ' (yours)' : ''}`).join(', ')}
        </dd>
      </dl>
      <SeriesForm key={series.key} series={series} error={error} onSave={onSave} />
      <SeriesDisplayForm key={`${series.key}-display`} series={series} onSave={onSaveDisplay} />
      <SeriesDeleteButton series={series} />
    </>
  );
}

/** Label, unit and range as saved, editable; Save writes one step (refused when a value falls outside the range). */
function SeriesForm({ series, error, onSave }: Omit<SeriesDetailsViewProps, 'onSaveDisplay'>) {
  const [form, setForm] = useState(() => ({ base: series, draft: seriesDraftOf(series) }));
  // A save gives the series as saved: the form starts again from it, keeping its fields and focus.
  if (form.base !== series) setForm({ base: series, draft: seriesDraftOf(series) });
  const { draft } = form;
  const setDraft = (next: SeriesDraft) => setForm({ base: form.base, draft: next });
  const [isBusy, setIsBusy] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    setIsBusy(true);
    void onSave(series, draft).finally(() => setIsBusy(false));
  };
  const field = (name: keyof SeriesDraft) => ({
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });
  return (
    <form className="details-form" onSubmit={onSubmit}>
      <label>
        Label
        <input type="text" data-autofocus {...field('label')} />
      </label>
      <label>
        Unit
        <input type="text" {...field('unit')} />
      </label>
      <fieldset className="details-range">
        <legend>Range (in the series' unit; blank for no bound)</legend>
        <label>
          Minimum
          <input type="text" inputMode="decimal" placeholder="none" {...field('min')} />
        </label>
        <label>
          Maximum
          <input type="text" inputMode="decimal" placeholder="none" {...field('max')} />
        </label>
      </fieldset>
      <div className="details-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          Save
        </button>
        <span className="details-muted">Enter saves · Esc closes</span>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
