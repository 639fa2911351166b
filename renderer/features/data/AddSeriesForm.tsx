import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { ADDABLE_SERIES_KINDS } from '../../../projection/series-types';
import { EMPTY_DRAFT, suggestKey, type NewSeriesDraft } from './add-series-model';

interface AddSeriesFormProps {
  /** Resolves when the series is added (the form closes); a rejection's message stays in the form. */
  readonly onSubmit: (draft: NewSeriesDraft) => Promise<void>;
  readonly onCancel: () => void;
}

const KIND_LABELS: Readonly<Record<NewSeriesDraft['kind'], string>> = {
  reported: 'Reported by the company',
  estimate: 'An estimate',
};

/** The Add series form above the Data grid: Enter adds, Escape cancels. */
export function AddSeriesForm({ onSubmit, onCancel }: AddSeriesFormProps) {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const field = (name: Exclude<keyof NewSeriesDraft, 'kind'>) => ({
    value: draft[name],
    spellCheck: false,
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    setIsBusy(true);
    onSubmit(draft).then(
      () => setIsBusy(false),
      (failure: Error) => {
        setIsBusy(false);
        setError(failure.message);
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <form
      className="add-series"
      aria-label="Add series"
      data-testid="add-series"
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <label>
        Company
        <input type="text" autoFocus placeholder="AMD" {...field('company')} />
      </label>
      <label>
        Label
        <input type="text" placeholder="AMD semi-custom revenue" {...field('label')} />
      </label>
      <label>
        Key
        <input
          type="text"
          placeholder={suggestKey(draft.company, draft.label) || 'company.metric'}
          {...field('key')}
        />
      </label>
      <label>
        Unit
        <input type="text" {...field('unit')} />
      </label>
      <label>
        Kind
        <select
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as NewSeriesDraft['kind'] })}
        >
          {ADDABLE_SERIES_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Minimum
        <input type="text" inputMode="decimal" placeholder="unit's default" {...field('min')} />
      </label>
      <label>
        Maximum
        <input type="text" inputMode="decimal" placeholder="unit's default" {...field('max')} />
      </label>
      <div className="add-series-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          Add series
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
