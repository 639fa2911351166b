import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProjectionDataDto, ScenarioDto, VintageDto } from '../../../electron/contract';
import { backtest } from '../../../projection/backtest';
import { compareSides } from '../../../projection/compare';
import { buildMarketHistory } from '../../../projection/market/market-history';
import { runWorkbookModel } from '../../../projection/workbook-model';
import { call } from '../../api';
import type { StatusMessage } from '../../components/StatusBar';
import { sideOf, type SideKey } from './compare-model';

type Years = ReturnType<typeof runWorkbookModel>['comparison']['scenarios'][number]['projection']['years'];

/** Each scenario's projected years now, or the reason the model cannot run. */
function scenarioYears(data: ProjectionDataDto, scenarios: readonly ScenarioDto[]) {
  try {
    const result = runWorkbookModel(data, scenarios);
    return {
      years: new Map(scenarios.map((s, i) => [s.name, result.comparison.scenarios[i]!.projection.years])),
      error: null,
    };
  } catch (error) {
    return { years: new Map<string, Years>(), error: (error as Error).message };
  }
}

const NO_YEARS: Years = [];

/**
 * The Vintages view's state and IPC: the vintages, the scenarios and the workbook's data (for the
 * backtest's history and the scenarios' projections in a comparison); freeze, copy and delete,
 * each reporting its outcome (or refusal) in the status bar; the backtest scores; the comparison
 * of the two picked sides.
 */
export function useVintages(onStatus: (message: StatusMessage) => void) {
  const [vintages, setVintages] = useState<VintageDto[] | null>(null);
  const [scenarios, setScenarios] = useState<ScenarioDto[] | null>(null);
  const [data, setData] = useState<ProjectionDataDto | null>(null);
  const [sides, setSides] = useState<{ a: SideKey | null; b: SideKey | null }>({ a: null, b: null });

  useEffect(() => {
    Promise.all([call('vintages:list'), call('scenarios:list'), call('projection:data')]).then(
      ([v, s, d]) => {
        setVintages(v);
        setScenarios(s);
        setData(d);
      },
      (error: Error) => onStatus({ kind: 'error', text: `Cannot load the vintages: ${error.message}` }),
    );
  }, [onStatus]);

  const freeze = useCallback(
    (scenario: string, label: string) =>
      call('vintages:freeze', { scenario, ...(label.trim() ? { label: label.trim() } : {}) }).then(
        (v) => {
          setVintages((current) => [...(current ?? []), v]);
          onStatus({ kind: 'info', text: `Froze ${scenario} as vintage ${v.id}: ${v.label}` });
        },
        (error: Error) => {
          onStatus({ kind: 'error', text: `Freeze ${scenario}: ${error.message}; nothing was saved.` });
          throw error;
        },
      ),
    [onStatus],
  );

  const remove = useCallback(
    (v: VintageDto) =>
      call('vintages:delete', { vintage: v.id }).then(
        () => {
          setVintages((current) => current?.filter((x) => x.id !== v.id) ?? null);
          onStatus({
            kind: 'info',
            text: `Deleted vintage ${v.id} (${v.label}). Undo with Ctrl+Z in the Data view or iwb undo.`,
          });
        },
        (error: Error) => {
          onStatus({ kind: 'error', text: `Delete vintage ${v.id}: ${error.message}` });
          throw error;
        },
      ),
    [onStatus],
  );

  const copy = useCallback(
    (v: VintageDto, typed: string) => {
      const name = typed.trim();
      if (!name) return Promise.reject(new Error('type a name for the new scenario'));
      return call('vintages:copy', { vintage: v.id, name }).then(
        (scenario) => {
          setScenarios((current) => [...(current ?? []), scenario]);
          onStatus({
            kind: 'info',
            text: `Copied vintage ${v.id} to scenario ${scenario.name} (probability 0% until you set one)`,
          });
        },
        (error: Error) => {
          onStatus({ kind: 'error', text: `Copy vintage ${v.id}: ${error.message}; nothing was saved.` });
          throw error;
        },
      );
    },
    [onStatus],
  );

  const history = useMemo(
    () => (data ? buildMarketHistory(data.market, data.historyAssumptions) : []),
    [data],
  );
  const scores = useMemo(() => (vintages ? backtest(vintages, history) : []), [vintages, history]);
  const run = useMemo(() => (data && scenarios ? scenarioYears(data, scenarios) : null), [data, scenarios]);

  const comparison = useMemo(() => {
    if (!sides.a || !sides.b || !scenarios || !vintages || !run) return null;
    const yearsOf = (name: string) => run.years.get(name) ?? NO_YEARS;
    const a = sideOf(sides.a, scenarios, vintages, yearsOf);
    const b = sideOf(sides.b, scenarios, vintages, yearsOf);
    return a && b ? compareSides(a, b) : null;
  }, [sides, scenarios, vintages, run]);

  const pick = useCallback((which: 'a' | 'b', key: SideKey | null) => {
    setSides((current) => ({ ...current, [which]: key }));
  }, []);

  return {
    vintages,
    scenarios,
    history,
    scores,
    modelError: run?.error ?? null,
    sides,
    pick,
    comparison,
    freeze,
    remove,
    copy,
  };
}
