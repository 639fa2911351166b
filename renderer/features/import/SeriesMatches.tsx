import { useState } from 'react';
import type { ImportPreviewDto, SeriesDto } from '../../../electron/contract';
import { NEW_SERIES, SKIP_SERIES, type NameMatch } from '../../../projection/import-types';
import { describeMatch, readSeriesChoice } from './series-choice';

interface SeriesMatchesProps {
  readonly preview: ImportPreviewDto;
  readonly series: readonly SeriesDto[];
  readonly isBusy: boolean;
  /** Sets where one name goes (a series key, NEW_SERIES, SKIP_SERIES), or with null lets the file's rules decide. */
  readonly onChoose: (name: string, choice: string | null) => void;
}

const CHOICE_LIST_ID = 'series-choice-list';

/**
 * Where every name the file gives a series by goes: "→ AMD Data Center revenue (by alias)",
 * "→ new series", "ambiguous: A or B". Each can be changed by typing or picking a series from the
 * workbook's (searchable by key or label), "new series" or "skip"; the file is read again with it,
 * and a name sent to a series becomes its alias when the import is written.
 */
export function SeriesMatches({ preview, series, isBusy, onChoose }: SeriesMatchesProps) {
  if (preview.matches.length === 0) return null;
  const labels = new Map(series.map((s) => [s.key, s.label]));
  return (
    <section className="panel" aria-labelledby="import-matches-title" data-testid="series-matches">
      <h2 id="import-matches-title">Series the file names</h2>
      <datalist id={CHOICE_LIST_ID}>
        <option value="new series" />
        <option value="skip" />
        {series.map((s) => (
          <option key={s.key} value={s.key}>
            {s.label}
          </option>
        ))}
      </datalist>
      <table className="series-matches">
        <thead>
          <tr>
            <th scope="col">Name in the file</th>
            <th scope="col">Goes to</th>
            <th scope="col">Change to</th>
          </tr>
        </thead>
        <tbody>
          {preview.matches.map((match) => (
            <MatchRow
              // A choice that changes from outside (a recipe applied) starts the field afresh.
              key={`${match.name}\u0000${preview.options.seriesChoices?.[match.name] ?? ''}`}
              match={match}
              labels={labels}
              choice={preview.options.seriesChoices?.[match.name]}
              isBusy={isBusy}
              onChoose={onChoose}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface MatchRowProps {
  readonly match: NameMatch;
  readonly labels: ReadonlyMap<string, string>;
  readonly choice: string | undefined;
  readonly isBusy: boolean;
  readonly onChoose: (name: string, choice: string | null) => void;
}

function choiceText(choice: string | undefined): string {
  if (choice === undefined) return '';
  if (choice === NEW_SERIES) return 'new series';
  return choice === SKIP_SERIES ? 'skip' : choice;
}

function MatchRow({ match, labels, choice, isBusy, onChoose }: MatchRowProps) {
  const [text, setText] = useState(choiceText(choice));
  const [problem, setProblem] = useState<string | null>(null);
  const isUnsettled = match.outcome === 'ambiguous' || match.outcome === 'unmatched';
  const settle = () => {
    const read = readSeriesChoice(text, labels);
    if (!read.ok) return setProblem(read.error.message);
    setProblem(null);
    // Leaving the field (Tab, or a click on Import) after Enter must not read the file again.
    if (read.value !== (choice ?? null)) onChoose(match.name, read.value);
  };
  return (
    <tr className={isUnsettled ? 'unsettled' : undefined} data-testid="series-match">
      <td>{match.name}</td>
      <td className={isUnsettled ? 'error' : undefined}>{describeMatch(match, labels)}</td>
      <td>
        <input
          type="text"
          list={CHOICE_LIST_ID}
          aria-label={`Series for “${match.name}”`}
          placeholder={isUnsettled ? 'choose a series' : 'as matched'}
          value={text}
          disabled={isBusy}
          onChange={(event) => setText(event.target.value)}
          onBlur={settle}
          onKeyDown={(event) => {
            if (event.key === 'Enter') settle();
          }}
        />
        {problem && (
          <span className="field-error" role="alert">
            {problem}
          </span>
        )}
      </td>
    </tr>
  );
}
