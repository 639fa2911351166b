export interface StatusMessage {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

/** One line at the bottom of the window: the outcome of the last action. Errors stay until dismissed. */
export function StatusBar({ message, onDismiss }: { message: StatusMessage | null; onDismiss: () => void }) {
  return (
    <footer
      className={`status-bar ${message?.kind ?? ''}`}
      role="status"
      aria-live="polite"
      data-testid="status"
    >
      <span>{message?.text ?? 'Ready'}</span>
      {message && (
        <button type="button" className="dismiss" onClick={onDismiss} aria-label="Dismiss message">
          ×
        </button>
      )}
    </footer>
  );
}
