import { useCallback } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import type { Deal } from '../../../projection/market/deals';
import {
  formatQuarter,
  parseQuarter,
  quarterFromIndex,
  quarterIndex,
  type QuarterPeriod,
} from '../../../projection/period';
import { call } from '../../api';
import type { StatusMessage } from '../../components/StatusBar';
import { withNote } from '../../state/assumption-edit';
import { interpretDealEdit, newDeal, type DealField } from './deal-edit';
import type { DealRow } from './deals-grid-model';

type Save = (
  name: string,
  cell: string,
  request: Promise<ScenarioDto>,
  done: (saved: ScenarioDto) => string,
) => Promise<void>;

const ignore = () => {};

/**
 * A scenario's deals: an edited field, a new deal and a deleted one each save the whole list
 * through `scenarios:setDeals`; the grid shows the deals main returns, and a refusal (here or
 * main's) names the cell and changes nothing.
 */
export function useDeals(
  scenarios: readonly ScenarioDto[] | null,
  jumpOff: QuarterPeriod | null,
  save: Save,
  onStatus: (message: StatusMessage) => void,
) {
  const saveDeals = useCallback(
    (scenario: string, deals: readonly Deal[], cell: string, done: string) =>
      save(scenario, cell, call('scenarios:setDeals', { scenario, deals: [...deals] }), () => done),
    [save],
  );

  const editDeal = useCallback(
    (scenario: string, row: DealRow, field: DealField, typed: unknown) => {
      const current = scenarios?.find((s) => s.name === scenario);
      if (!current) return;
      const edit = interpretDealEdit(scenario, current.deals, row.index, field, typed);
      if (edit.kind === 'refused') onStatus({ kind: 'error', text: edit.message });
      if (edit.kind !== 'save') return;
      const cell = `${scenario}, deal “${row.deal.name}”`;
      saveDeals(scenario, edit.value, cell, withNote(`Saved ${cell}`, edit.note)).catch(ignore);
    },
    [scenarios, onStatus, saveDeals],
  );

  const addDeal = useCallback(
    (scenario: string) => {
      const current = scenarios?.find((s) => s.name === scenario);
      if (!current) return;
      const first = jumpOff
        ? formatQuarter(quarterFromIndex(quarterIndex(parseQuarter(jumpOff)) + 1))
        : '2027Q1';
      const deal = newDeal(current.deals, first);
      saveDeals(
        scenario,
        [...current.deals, deal],
        `${scenario}, new deal`,
        `Added “${deal.name}” to ${scenario}: edit its terms in the grid`,
      ).catch(ignore);
    },
    [scenarios, jumpOff, saveDeals],
  );

  const deleteDeal = useCallback(
    (scenario: string, index: number) => {
      const current = scenarios?.find((s) => s.name === scenario);
      const deal = current?.deals[index];
      if (!current || !deal) return;
      const rest = current.deals.filter((_, i) => i !== index);
      saveDeals(
        scenario,
        rest,
        `${scenario}, deal “${deal.name}”`,
        `Deleted “${deal.name}” from ${scenario}`,
      ).catch(ignore);
    },
    [scenarios, saveDeals],
  );

  return { editDeal, addDeal, deleteDeal, saveDeals };
}
