export interface StatusMessage {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

interface StatusBarProps {
  readonly message: StatusMessage | null;
  readonly onDismiss: () => void;
  /** What the view shows at the right, as a spreadsheet shows its selection's count, sum and average. */
  readonly aside?: string | null;
}

/** One line at the bottom of the window: the outcome of the last action. Errors stay until dismissed. */
export function StatusBar({ message, onDismiss, aside }: StatusBarProps) {
  return (
    <footer className={`status-bar ${message?.kind ?? ''}`} data-testid="status">
      {/* Only the message is announced: the selection's figures change with every arrow key. */}
      <span className="status-message" role="status" aria-live="polite">
        {message?.text ?? 'Ready'}
      </span>
      {aside && (
        <span className="status-aside" data-testid="selection-summary">
          {aside}
        </span>
      )}
      {message && (
        <button type="button" className="dismiss" onClick={onDismiss} aria-label="Dismiss message">
          ×
        </button>
      )}
    </footer>
  );
}
