import { useEffect, useState } from 'react';
import { call } from '../../api';
import { Modal } from '../../components/Modal';

type CheckState =
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly problems: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Help › Check Workbook: SQLite's integrity and foreign-key checks, the schema, every value in its
 * series' range, every scenario valid and the model able to run (db/check-workbook.ts), with each
 * problem on its own line naming where.
 */
export function CheckDialog({
  readOnlyReason,
  onClose,
}: {
  readOnlyReason: string | null;
  onClose: () => void;
}) {
  const [state, setState] = useState<CheckState>({ kind: 'running' });
  useEffect(() => {
    call('workbook:check').then(
      ({ problems }) => setState({ kind: 'done', problems }),
      (error: Error) => setState({ kind: 'failed', message: error.message }),
    );
  }, []);
  return (
    <Modal title="Check Workbook" testId="check-dialog" onClose={onClose}>
      <div role="status" data-testid="check-result">
        {state.kind === 'running' && <p>Checking…</p>}
        {state.kind === 'failed' && <p className="form-error">The check could not run: {state.message}</p>}
        {state.kind === 'done' && state.problems.length === 0 && (
          <p>The workbook is sound: the file, its values, its scenarios and the model all check out.</p>
        )}
        {state.kind === 'done' && state.problems.length > 0 && (
          <>
            <p className="form-error">
              {state.problems.length === 1 ? '1 problem' : `${state.problems.length} problems`} found:
            </p>
            <ul className="check-problems">
              {state.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
        {readOnlyReason && <p className="hint">Open read-only: {readOnlyReason}.</p>}
      </div>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
