import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CellDetails, ObservationDto } from '../../../electron/contract';
import { describeOrigin } from '../../../projection/cell-origin-text';
import { QUALIFIERS } from '../../../projection/series-types';
import { cellDraftOf, QUALIFIER_LABELS, type CellDraft } from './cell-details-model';
import { formatValue } from './data-columns';
import type { SeriesRow } from './data-grid-model';
import { SourceText } from './SourceText';
import { formatShown, shownUnit } from '../../../projection/series-display';

/** The value with its unit, and as stored where the row shows it scaled: "12.6 USD billions (12,634 USD millions)". */
function shownValueText(observation: ObservationDto, row: SeriesRow): string {
  const unit = shownUnit(row.unit, row.display);
  if (unit === row.unit) return formatValue(observation, row);
  return `${formatValue(observation, row)} ${unit} (${formatShown(observation.value, row.unit, { scale: 'stored', decimals: null })} ${row.unit})`;
}

interface CellDetailsViewProps {
  readonly details: CellDetails;
  readonly row: SeriesRow;
  readonly error: string | null;
  readonly onSave: (observation: ObservationDto, draft: CellDraft) => Promise<void>;
}

/** One value's details: what it is, what set it, a form for its qualifier, source and note, its earlier values. */
export function CellDetailsView({ details, row, error, onSave }: CellDetailsViewProps) {
  const observation = row.values[details.period];
  return (
    <>
      <dl className="details-facts">
        <dt>Value</dt>
        <dd data-testid="details-value">{observation ? shownValueText(observation, row) : 'blank'}</dd>
        <dt>Set by</dt>
        <dd>{details.setBy ? describeOrigin(details.setBy) : '—'}</dd>
      </dl>
      {row.kind === 'derived' ? (
        <p className="details-muted">
          A derived series is computed from others: its values are not typed in.
        </p>
      ) : observation ? (
        <CellForm
          key={`${details.seriesKey}@${details.period}`}
          observation={observation}
          error={error}
          onSave={onSave}
        />
      ) : (
        <p className="details-muted">
          The cell is blank. Type a value in the grid; its source and note can then be given here.
        </p>
      )}
      <h3>Earlier values</h3>
      {details.earlier.length === 0 ? (
        <p className="details-muted">None: this is the first value the workbook holds here.</p>
      ) : (
        <ol className="details-history" data-testid="details-history">
          {details.earlier.map((earlier, i) => (
            <li key={i}>
              <div className="details-history-value">
                {earlier.state
                  ? shownValueText(
                      { ...earlier.state, seriesKey: row.key, period: details.period, isHandEdited: false },
                      row,
                    )
                  : 'blank'}
                {earlier.state && earlier.state.qualifier !== 'exact' && (
                  <span className="details-muted">
                    {' '}
                    ({QUALIFIER_LABELS[earlier.state.qualifier].toLowerCase()})
                  </span>
                )}
              </div>
              {earlier.state && <SourceText source={earlier.state.source} />}
              {earlier.state?.note && <div className="details-note">{earlier.state.note}</div>}
              <div className="details-muted">replaced by {describeOrigin(earlier.replacedBy)}</div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

interface CellFormProps {
  readonly observation: ObservationDto;
  readonly error: string | null;
  readonly onSave: (observation: ObservationDto, draft: CellDraft) => Promise<void>;
}

/** The qualifier, source and note as saved, editable; Save (or Ctrl+Enter) writes one step. */
function CellForm({ observation, error, onSave }: CellFormProps) {
  const [form, setForm] = useState(() => ({ base: observation.updatedAt, draft: cellDraftOf(observation) }));
  // A save or an edit in the grid changes the value underneath: the form starts again from it
  // (set while rendering, so the fields and their focus stay).
  if (form.base !== observation.updatedAt)
    setForm({ base: observation.updatedAt, draft: cellDraftOf(observation) });
  const { draft } = form;
  const setDraft = (next: CellDraft) => setForm({ base: form.base, draft: next });
  const [isBusy, setIsBusy] = useState(false);
  const save = () => {
    if (isBusy) return;
    setIsBusy(true);
    void onSave(observation, draft).finally(() => setIsBusy(false));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
  return (
    <form className="details-form" onSubmit={onSubmit} onKeyDown={onKeyDown}>
      <dl className="details-facts">
        <dt>Source</dt>
        <dd>
          <SourceText source={observation.source} />
        </dd>
        {observation.note && (
          <>
            <dt>Note</dt>
            <dd className="details-note">{observation.note}</dd>
          </>
        )}
      </dl>
      <label>
        Qualifier
        <select
          value={draft.qualifier}
          onChange={(e) => setDraft({ ...draft, qualifier: e.target.value as CellDraft['qualifier'] })}
        >
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {QUALIFIER_LABELS[q]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source
        <textarea
          data-autofocus
          rows={2}
          value={draft.source}
          placeholder="Where the value comes from: a web address, a filing, your model"
          onChange={(e) => setDraft({ ...draft, source: e.target.value })}
        />
      </label>
      <label>
        Note
        <textarea
          rows={3}
          value={draft.note}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
      </label>
      <div className="details-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          Save
        </button>
        <span className="details-muted">Ctrl+Enter saves · Esc closes</span>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
