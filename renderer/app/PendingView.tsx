import type { ViewId } from './navigation';

const PLANS: Record<Exclude<ViewId, 'data'>, string> = {
  scenarios: 'Bull, base and bear assumptions, editable side by side, with probabilities.',
  projection: 'Quarterly and annual Instinct revenue from the driver model, with charts.',
  import: 'CSV and XLSX earnings data, previewed before anything is written.',
};

/** A view whose feature is not in this version yet: says what it will hold. */
export function PendingView({ view }: { view: Exclude<ViewId, 'data'> }) {
  return (
    <div className="pending-view">
      <h2>Not in this version yet</h2>
      <p>{PLANS[view]}</p>
    </div>
  );
}
