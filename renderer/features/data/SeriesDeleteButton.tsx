import type { SeriesDetails } from '../../../electron/contract';
import { requestSeriesDelete } from './series-requests';

/** The series details panel's Delete series…: the toolbar asks first, then deletes (Ctrl+Z puts it back). */
export function SeriesDeleteButton({ series }: { readonly series: SeriesDetails }) {
  const isDerived = series.kind === 'derived';
  return (
    <div className="details-actions">
      <button
        type="button"
        className="button"
        disabled={isDerived}
        title={
          isDerived
            ? 'Derived series are computed by the app'
            : 'Delete the series and its values (asks first)'
        }
        onClick={() => requestSeriesDelete(series.key)}
      >
        Delete series…
      </button>
    </div>
  );
}
