import { useMemo } from 'react';
import type { ImportPreviewDto } from '../../../electron/contract';
import { formatNumber } from '../../components/number-format';
import { PanelGrid } from '../../components/PanelGrid';
import { plural } from './import-text';
import {
  buildPreviewColumnDefs,
  buildPreviewRows,
  previewRowId,
  type PreviewGridRow,
} from './preview-grid-model';

const COLUMN_DEFS = buildPreviewColumnDefs();
/** Rows the preview grid shows at once; it scrolls through the rest. */
const VISIBLE_ROWS = 12;

const CHIPS = [
  { key: 'new', label: 'New' },
  { key: 'changed', label: 'Changed' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'blank', label: 'Blank' },
  { key: 'errors', label: 'Errors' },
] as const;

interface PreviewPanelProps {
  readonly preview: ImportPreviewDto;
  readonly isStale: boolean;
  readonly onDecimal: (decimal: '.' | ',') => void;
}

/**
 * What the import would do: the counts, the decimal mark to confirm when a comma was guessed, the
 * values in the target shape with their status, the first errors and the series it would create.
 */
export function PreviewPanel({ preview, isStale, onDecimal }: PreviewPanelProps) {
  const rows = useMemo(() => buildPreviewRows(preview.rows), [preview.rows]);
  const { totals } = preview;
  const listed = preview.rows.length;
  const all = totals.values + totals.errors;
  const confirm = preview.toConfirm[0];
  return (
    <section className={isStale ? 'panel is-stale' : 'panel'} aria-labelledby="import-preview-title">
      <div className="panel-head">
        <h2 id="import-preview-title">Preview</h2>
        <ul className="chips" aria-label="Counts" data-testid="import-counts">
          {CHIPS.map(({ key, label }) => (
            <li
              key={key}
              className={`chip chip-${key}${totals[key] === 0 ? ' is-zero' : ''}`}
              data-count={key}
            >
              {label} <strong>{formatNumber(totals[key], 0)}</strong>
            </li>
          ))}
        </ul>
      </div>
      {confirm && (
        <div className="confirm-box" role="alert" data-testid="decimal-confirm">
          <span>
            The numbers may use a <strong>decimal comma</strong> ({confirm.evidence}). Which mark separates
            the decimals?
          </span>
          <button type="button" className="button" onClick={() => onDecimal(',')}>
            Comma: 1.234,5 is 1234.5
          </button>
          <button type="button" className="button" onClick={() => onDecimal('.')}>
            Point: 1,234.5 is 1234.5
          </button>
        </div>
      )}
      <p className="hint">
        {listed < all
          ? `The first ${formatNumber(listed, 0)} of ${plural(all, 'value')} and errors; the counts cover the whole file.`
          : 'Every value of the file, in the order it was read.'}{' '}
        Nothing has been written yet.
      </p>
      <PanelGrid<PreviewGridRow>
        testId="preview-grid"
        exportTitle="Import preview"
        rowData={rows}
        columnDefs={COLUMN_DEFS}
        getRowId={previewRowId}
        wideRows={Math.max(3, Math.min(VISIBLE_ROWS, rows.length))}
      />
      {preview.issues.length > 0 && (
        <>
          <h3>
            {totals.errors > preview.issues.length
              ? `The first ${preview.issues.length} of ${plural(totals.errors, 'error')}`
              : plural(totals.errors, 'error')}
          </h3>
          <table className="issue-list" data-testid="import-issues">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Text</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {preview.issues.map((issue, i) => (
                <tr key={i}>
                  <td className="number">{issue.line}</td>
                  <td>{issue.column ?? <span className="muted">whole row</span>}</td>
                  <td>
                    <code>{issue.value}</code>
                  </td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {preview.newSeries.length > 0 && (
        <>
          <h3>{plural(preview.newSeries.length, 'new series', 'new series')} will be created</h3>
          <ul className="new-series" data-testid="import-new-series">
            {preview.newSeries.map((s) => (
              <li key={s.key}>
                <strong>{s.label}</strong> <code>{s.key}</code> <span className="muted">{s.unit}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
