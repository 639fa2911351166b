import { useEffect, useState } from 'react';
import type { BackupDto } from '../../../electron/contract';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import type { StatusMessage } from '../../components/StatusBar';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

interface BackupsDialogProps {
  readonly onStatus: (message: StatusMessage) => void;
  readonly onClose: () => void;
}

/**
 * Help › Backups: this workbook's automatic backups, newest first. Restore asks first, then main
 * asks where to put the copy (a new file, never over the workbook) and opens it in a new window.
 */
export function BackupsDialog({ onStatus, onClose }: BackupsDialogProps) {
  const [backups, setBackups] = useState<readonly BackupDto[] | null>(null);
  const [asking, setAsking] = useState<BackupDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('backups:list').then(setBackups, (e: Error) => setError(e.message));
  }, []);

  const restore = (backup: BackupDto) => {
    setAsking(null);
    call('backups:restore', { name: backup.name }).then(
      (saved) => {
        if (!saved) return;
        onStatus({
          kind: 'info',
          text: `Restored the backup of ${WHEN.format(new Date(backup.takenAt))} as ${saved.path}`,
        });
        onClose();
      },
      (e: Error) => setError(e.message),
    );
  };

  return (
    <Modal title="Backups" testId="backups-dialog" onClose={onClose}>
      <p className="hint">
        Taken automatically while the workbook changes (at most one every 15 minutes; the last 10 and one a
        day for a week are kept). A backup is restored into a new file, opened in its own window.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {backups === null && !error && <p>Reading the backups…</p>}
      {backups?.length === 0 && <p data-testid="no-backups">No backups of this workbook yet.</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list" data-testid="backup-list">
          {backups.map((b) => (
            <li key={b.name}>
              <span>{WHEN.format(new Date(b.takenAt))}</span>
              {asking?.name === b.name ? (
                <span className="backup-confirm" role="group" aria-label="Restore this backup?">
                  Restore into a new file?{' '}
                  <button type="button" className="button small primary" onClick={() => restore(b)} autoFocus>
                    Restore…
                  </button>{' '}
                  <button type="button" className="button small" onClick={() => setAsking(null)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button type="button" className="button small" onClick={() => setAsking(b)}>
                  Restore…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
