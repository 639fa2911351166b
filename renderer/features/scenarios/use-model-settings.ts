import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProjectionDataDto } from '../../../electron/contract';
import { ASSUMPTION_META } from '../../../projection/assumptions';
import { buildMarketHistory } from '../../../projection/market/market-history';
import type { QuarterPeriod } from '../../../projection/period';
import { readAssumptionText } from '../../../projection/typed-values';
import { call } from '../../api';
import { formatAssumptionText } from '../../components/assumption-text';
import type { StatusMessage } from '../../components/StatusBar';
import { withNote } from '../../state/assumption-edit';
import { buildHistoryColumnDefs, buildHistoryRows, type HistoryRow } from './history-grid-model';

/** The last quarter of the rebuilt history (the jump-off), or null when the history cannot be built. */
function jumpOffOf(data: ProjectionDataDto): QuarterPeriod | null {
  try {
    return buildMarketHistory(data.market, data.historyAssumptions).at(-1)?.period ?? null;
  } catch {
    return null;
  }
}

/**
 * The workbook's model data as the Scenarios view needs it: the jump-off (the growth grid labels
 * projected years from it) and the history settings, edited for every scenario at once through
 * `model:setHistoryAssumption`. The grid shows what main returns; a refusal changes nothing.
 */
export function useModelSettings(onStatus: (message: StatusMessage) => void) {
  const [data, setData] = useState<ProjectionDataDto | null>(null);

  useEffect(() => {
    call('projection:data').then(setData, (error: Error) =>
      onStatus({ kind: 'error', text: `Cannot load the model’s data: ${error.message}` }),
    );
  }, [onStatus]);

  const jumpOff = useMemo(() => (data ? jumpOffOf(data) : null), [data]);

  const editHistory = useCallback(
    (row: HistoryRow, typed: unknown) => {
      const text = typed === null || typed === undefined ? '' : String(typed).trim();
      const meta = ASSUMPTION_META[row.key];
      const cell = `History setting, ${meta.label}`;
      let value: number | null = null;
      let note: string | null = null;
      if (text === '') {
        if (row.value === null) return;
      } else {
        const read = readAssumptionText(row.key, text, cell);
        if (!read.ok) {
          onStatus({ kind: 'error', text: `${read.error.message}; nothing was saved.` });
          return;
        }
        if (read.value.value === row.value) return;
        ({ value, note } = read.value);
      }
      call('model:setHistoryAssumption', { key: row.key, value }).then(
        (saved) => {
          setData(saved);
          const shown =
            value === null
              ? `default restored (${formatAssumptionText(row.key, meta.defaultValue)})`
              : formatAssumptionText(row.key, value);
          onStatus({ kind: 'info', text: withNote(`Saved ${cell} for every scenario: ${shown}`, note) });
        },
        (error: Error) => onStatus({ kind: 'error', text: `${cell}: ${error.message}; nothing was saved.` }),
      );
    },
    [onStatus],
  );

  const historyRows = useMemo(() => (data ? buildHistoryRows(data.historyAssumptions) : []), [data]);
  const historyColumns = useMemo(() => buildHistoryColumnDefs(editHistory), [editHistory]);

  return { data, jumpOff, historyRows, historyColumns };
}
