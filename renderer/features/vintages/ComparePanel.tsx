import { useMemo, useState } from 'react';
import type { Comparison } from '../../../projection/compare';
import { PanelGrid } from '../../components/PanelGrid';
import {
  buildCompareColumns,
  buildCompareRows,
  COMPARE_ROW_CLASSES,
  compareRowId,
  type SideKey,
  type SideOption,
} from './compare-model';

interface ComparePanelProps {
  readonly options: readonly SideOption[];
  readonly sides: { readonly a: SideKey | null; readonly b: SideKey | null };
  readonly onPick: (which: 'a' | 'b', key: SideKey | null) => void;
  readonly comparison: Comparison | null;
}

/** Two scenarios or vintages side by side: every assumption and output, changed rows highlighted. */
export function ComparePanel({ options, sides, onPick, comparison }: ComparePanelProps) {
  const [isOnlyChanged, setIsOnlyChanged] = useState(false);
  const allRows = useMemo(() => (comparison ? buildCompareRows(comparison) : []), [comparison]);
  const rows = useMemo(
    () => (isOnlyChanged ? allRows.filter((r) => r.isChanged) : allRows),
    [allRows, isOnlyChanged],
  );
  const columns = useMemo(
    () => (comparison ? buildCompareColumns(comparison.a, comparison.b) : []),
    [comparison],
  );
  const changed = allRows.filter((r) => r.isChanged).length;
  const picker = (which: 'a' | 'b', label: string) => (
    <label className="compare-pick">
      {label}
      <select
        data-testid={`compare-${which}`}
        value={sides[which] ?? ''}
        onChange={(event) => onPick(which, (event.target.value || null) as SideKey | null)}
      >
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="panel" data-testid="compare">
      <h2>Compare</h2>
      <div className="toolbar">
        {picker('a', 'A')}
        {picker('b', 'B')}
        <label className="compare-only">
          <input
            type="checkbox"
            data-testid="compare-only-changed"
            checked={isOnlyChanged}
            onChange={(event) => setIsOnlyChanged(event.target.checked)}
          />
          Only what differs
        </label>
      </div>
      {comparison ? (
        <>
          <p className="hint" data-testid="compare-summary">
            {changed === 0
              ? 'The two sides are the same.'
              : `${changed} row${changed === 1 ? '' : 's'} differ, highlighted. Scenarios are run on the data as it is now; vintages show what they projected when frozen.`}
          </p>
          <PanelGrid
            testId="compare-grid"
            exportTitle="Compare"
            rowData={rows}
            columnDefs={columns}
            getRowId={compareRowId}
            rowClassRules={COMPARE_ROW_CLASSES}
          />
        </>
      ) : (
        <p className="muted">Choose two scenarios or vintages to see what differs.</p>
      )}
    </section>
  );
}
