import { useState, type KeyboardEvent } from 'react';

interface CommitInputProps {
  /** The saved value, as text. */
  readonly value: string;
  /** Called with the typed text on Enter or when focus leaves, if it differs from `value`. */
  readonly onCommit: (text: string) => void;
  /** Accessible name. */
  readonly label: string;
  readonly className?: string;
  readonly testId?: string;
}

/**
 * A text field that edits one saved value: Enter (or leaving the field) commits, Escape puts the
 * saved value back. Once committed it shows the saved value again, so it only ever displays what
 * was written: the caller replaces `value` when the save returns.
 */
export function CommitInput({ value, onCommit, label, className, testId }: CommitInputProps) {
  const [draft, setDraft] = useState<string | null>(null);

  const commit = () => {
    if (draft !== null && draft.trim() !== value) onCommit(draft);
    setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(null);
    }
  };

  return (
    <input
      type="text"
      className={className ? `commit-input ${className}` : 'commit-input'}
      aria-label={label}
      data-testid={testId}
      value={draft ?? value}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={commit}
      spellCheck={false}
    />
  );
}
