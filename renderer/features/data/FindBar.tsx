import { useEffect, useRef, useState } from 'react';
import type { FindHit } from '../../../projection/find-query';
import { call } from '../../api';
import { countText, hitText, stepHit, type FindPosition } from './find-model';

interface FindBarProps {
  /** Changes each time Ctrl+F is pressed: the search text is selected again. */
  readonly focusRequest: number;
  /** Moves the grid to a hit (its series' row; its cell when it has a period). */
  readonly onGoTo: (hit: FindHit) => void;
  /** Closes the bar; the grid takes the focus back. */
  readonly onClose: () => void;
}

const EMPTY: FindPosition = { result: { hits: [], isTruncated: false }, index: -1 };
// A search runs once typing pauses this long (each is a query on the workbook).
const TYPING_PAUSE_MS = 150;

/**
 * Find in the Data view (Ctrl+F): series by name, cells by value, source or note, searched in the
 * workbook (so values not yet loaded are found too). Enter / F3 goes to the next match, Shift+Enter
 * / Shift+F3 to the previous one, Escape closes; every match is listed below, as Excel's Find All.
 */
export function FindBar({ focusRequest, onGoTo, onClose }: FindBarProps) {
  const [text, setText] = useState('');
  const [position, setPosition] = useState<FindPosition>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const searched = useRef('');

  useEffect(() => input.current?.select(), [focusRequest]);

  useEffect(() => {
    if (text.trim() === '') return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      call('workbook:find', { text }).then(
        (result) => {
          if (!isCurrent) return;
          searched.current = text;
          setPosition({ result, index: -1 });
          setError(null);
        },
        (failure: Error) => isCurrent && setError(`Cannot search: ${failure.message}`),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [text]);

  const goTo = (next: FindPosition) => {
    setPosition(next);
    const hit = next.result.hits[next.index];
    if (!hit) return;
    onGoTo(hit);
    // The grid took the focus with its cell; the search keeps it, as Excel's Find dialog does.
    input.current?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const isNext = event.key === 'Enter' || event.key === 'F3';
    if (isNext && searched.current === text) {
      event.preventDefault();
      goTo(stepHit(position, event.shiftKey ? -1 : 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  // A blank search shows nothing (the last search's result is kept for when the text comes back).
  const isBlank = text.trim() === '';
  const { hits } = isBlank ? EMPTY.result : position.result;
  return (
    <div className="find-bar" role="search" data-testid="find-bar" onKeyDown={onKeyDown}>
      <div className="find-row">
        <label>
          Find
          <input
            ref={input}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="a series, a value or a source"
            aria-describedby="find-count"
          />
        </label>
        <span id="find-count" className="find-count" data-testid="find-count" aria-live="polite">
          {isBlank ? '' : (error ?? countText(position))}
        </span>
        <button type="button" onClick={() => goTo(stepHit(position, -1))} disabled={hits.length === 0}>
          Previous
        </button>
        <button type="button" onClick={() => goTo(stepHit(position, 1))} disabled={hits.length === 0}>
          Next
        </button>
        <button type="button" onClick={onClose} aria-label="Close the search">
          ×
        </button>
      </div>
      {hits.length > 0 && (
        <ol className="find-hits" data-testid="find-hits">
          {hits.map((hit, i) => {
            const { where, what } = hitText(hit);
            return (
              <li
                key={`${hit.seriesKey}/${hit.period ?? ''}/${hit.field}`}
                aria-current={i === position.index}
              >
                <button type="button" tabIndex={-1} onClick={() => goTo({ ...position, index: i })}>
                  <span className="find-where">{where}</span>
                  <span className="find-what">{what}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
