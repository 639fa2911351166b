import './vintages.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StatusMessage } from '../../components/StatusBar';
import { useChartExport } from '../../state/use-chart-export';
import { BacktestPanel } from './BacktestPanel';
import { ComparePanel } from './ComparePanel';
import { buildSideOptions } from './compare-model';
import { requestedSides, type CompareRequest } from './compare-request';
import { FreezePanel } from './FreezePanel';
import { useVintages } from './use-vintages';
import { VintageDetails } from './VintageDetails';
import { VintageList, type VintageActions } from './VintageList';

interface VintagesViewProps {
  readonly onStatus: (message: StatusMessage) => void;
  /** A comparison asked for from the Scenarios view; null when none. */
  readonly compareRequest: CompareRequest | null;
}

/**
 * The Vintages view: freeze a scenario, the vintages (open one read-only, compare it with its
 * scenario, copy it into a new scenario, delete it), the backtest of every vintage against what is
 * reported now, and a comparison of any two scenarios or vintages (use-vintages.ts).
 */
export function VintagesView({ onStatus, compareRequest }: VintagesViewProps) {
  const s = useVintages(onStatus);
  const exportChart = useChartExport(onStatus);
  const [openId, setOpenId] = useState<number | null>(null);
  const { vintages, scenarios, pick, remove } = s;

  // "Compare with…" from the Scenarios view: once the lists are here, pick the sides and go there.
  const doneRequest = useRef<number | null>(null);
  useEffect(() => {
    if (!compareRequest || compareRequest.seq === doneRequest.current || !vintages || !scenarios) return;
    doneRequest.current = compareRequest.seq;
    const sides = requestedSides(compareRequest.scenario, scenarios, vintages);
    pick('a', sides.a);
    pick('b', sides.b);
    // After the panel has painted the sides: scroll to it and focus B, the side to change.
    requestAnimationFrame(() => {
      const panel = document.querySelector<HTMLElement>('[data-testid="compare"]');
      panel?.scrollIntoView({ block: 'start' });
      panel?.querySelector<HTMLElement>('[data-testid="compare-b"]')?.focus();
    });
  }, [compareRequest, vintages, scenarios, pick]);

  const actions = useMemo(
    (): VintageActions => ({
      open: (id) => setOpenId((current) => (current === id ? null : id)),
      compare: (v) => {
        pick('a', `scenario:${v.scenario}`);
        pick('b', `vintage:${v.id}`);
        document.querySelector('[data-testid="compare"]')?.scrollIntoView({ block: 'start' });
      },
      copy: s.copy,
      remove: (v) =>
        remove(v).then(() => {
          setOpenId((current) => (current === v.id ? null : current));
          if (s.sides.a === `vintage:${v.id}`) pick('a', null);
          if (s.sides.b === `vintage:${v.id}`) pick('b', null);
        }),
    }),
    [pick, remove, s.copy, s.sides],
  );
  const sideOptions = useMemo(() => buildSideOptions(scenarios ?? [], vintages ?? []), [scenarios, vintages]);

  if (!vintages || !scenarios) return <div className="loading">Loading the vintages…</div>;
  const opened = vintages.find((v) => v.id === openId);
  return (
    <div className="page" data-testid="vintages-view">
      <FreezePanel scenarios={scenarios} onFreeze={s.freeze} />
      <section className="panel">
        <h2>Vintages</h2>
        <VintageList vintages={vintages} openId={openId} actions={actions} />
      </section>
      {opened && <VintageDetails vintage={opened} onClose={() => setOpenId(null)} />}
      <ComparePanel options={sideOptions} sides={s.sides} onPick={pick} comparison={s.comparison} />
      {s.modelError && <p className="error-box">The scenarios cannot be run: {s.modelError}</p>}
      <BacktestPanel vintages={vintages} scores={s.scores} history={s.history} onExport={exportChart} />
    </div>
  );
}
