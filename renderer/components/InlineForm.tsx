import { useState, type KeyboardEvent } from 'react';

interface InlineFormProps {
  /** What the form does, shown before the field (or alone, for a confirmation). */
  readonly prompt: string;
  /** A text field and its starting text; left out, the form only confirms. */
  readonly field?: { readonly label: string; readonly initial: string; readonly isMultiline?: boolean };
  readonly submitLabel: string;
  /** Resolves when done (the form then closes); a rejection's message is shown in the form. */
  readonly onSubmit: (text: string) => Promise<void>;
  readonly onCancel: () => void;
  readonly testId?: string;
}

/**
 * A small form in place of window.prompt / confirm (which Electron does not support): Enter
 * submits, Escape cancels, and a refusal stays visible in the form until the next try.
 */
export function InlineForm({ prompt, field, submitLabel, onSubmit, onCancel, testId }: InlineFormProps) {
  const [text, setText] = useState(field?.initial ?? '');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = () => {
    if (isBusy) return;
    setIsBusy(true);
    onSubmit(text).then(
      () => setIsBusy(false),
      (failure: Error) => {
        setIsBusy(false);
        setError(failure.message);
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && field?.isMultiline && !event.shiftKey) {
      // In a multi-line field Enter still submits; Shift+Enter starts a new line.
      event.preventDefault();
      submit();
    }
  };

  const inputProps = {
    'aria-label': field?.label,
    value: text,
    autoFocus: true,
    spellCheck: false,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
  };
  return (
    <form
      className="inline-form"
      data-testid={testId}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <span className="inline-form-prompt">{prompt}</span>
      {field &&
        (field.isMultiline ? <textarea rows={3} {...inputProps} /> : <input type="text" {...inputProps} />)}
      <button type="submit" className="button primary" autoFocus={!field} disabled={isBusy}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
