import { Fragment, useState } from 'react';
import type { ImportRecordDto } from '../../../electron/contract';
import { InlineForm } from '../../components/InlineForm';
import { describeCounts, formatTime } from './import-text';

interface ImportHistoryProps {
  readonly imports: readonly ImportRecordDto[] | null;
  readonly isBusy: boolean;
  /** Resolves once undone; a refusal's message is shown under the import. */
  readonly onUndo: (record: ImportRecordDto) => Promise<void>;
}

/** The workbook's imports, newest first, each with Undo (confirmed first). */
export function ImportHistory({ imports, isBusy, onUndo }: ImportHistoryProps) {
  const [confirming, setConfirming] = useState<number | null>(null);
  if (imports === null) return <p className="muted">Loading the imports…</p>;
  if (imports.length === 0) return <p className="muted">No imports yet.</p>;
  return (
    <table className="history-list" data-testid="import-history">
      <thead>
        <tr>
          <th scope="col">Import</th>
          <th scope="col">File</th>
          <th scope="col">Imported</th>
          <th scope="col">Values</th>
          <th scope="col">Recipe</th>
          <th scope="col">
            <span className="visually-hidden">Undo</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {imports.map((record) => (
          <Fragment key={record.id}>
            <tr data-import-id={record.id} className={record.undoneAt ? 'is-undone' : undefined}>
              <td className="number">{record.id}</td>
              <td title={`SHA-256 ${record.sha256}`}>{record.fileName}</td>
              <td>{formatTime(record.importedAt)}</td>
              <td>{describeCounts(record)}</td>
              <td>{record.recipe ?? <span className="muted">none</span>}</td>
              <td className="history-actions">
                {record.undoneAt ? (
                  <span className="muted">Undone {formatTime(record.undoneAt)}</span>
                ) : (
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Undo import ${record.id} (${record.fileName})`}
                    aria-expanded={confirming === record.id}
                    disabled={isBusy}
                    onClick={() => setConfirming(record.id)}
                  >
                    Undo…
                  </button>
                )}
              </td>
            </tr>
            {confirming === record.id && (
              <tr className="form-row">
                <td colSpan={6}>
                  <InlineForm
                    prompt={`Undo import ${record.id} (${record.fileName})? Every value it wrote goes back to what it was before; series it created go.`}
                    submitLabel="Undo import"
                    onSubmit={() => onUndo(record).then(() => setConfirming(null))}
                    onCancel={() => setConfirming(null)}
                    testId="undo-form"
                  />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
