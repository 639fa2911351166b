import type { MarketHistoryQuarter } from '../../../projection/market/market-history';
import type { QuarterPeriod } from '../../../projection/period';

/** A history quarter with the given parts (USD millions). */
export function historyQuarter(
  period: string,
  nvidia: number,
  amd: number,
  xpu: number,
  other: number,
): MarketHistoryQuarter {
  return {
    period: period as QuarterPeriod,
    total: nvidia + amd + xpu + other,
    nvidia,
    amd,
    xpu,
    other,
    dataCenter: amd * 2,
    epyc: amd,
    nvidiaDataCenter: nvidia,
    broadcomAi: xpu,
    sources: { nvidia: '', amd: '', xpu: '', other: '' },
  };
}
