import type { Assumptions } from './assumptions';

/**
 * The custom ASIC (XPU) share of the TAM (fraction) at position `time` (fractional year, see
 * quarter-time.ts): `xpu.shareStart` up to the start of `xpu.startYear`, `xpu.shareEnd` from the
 * start of `xpu.endYear`, linear in between. Equal years make the path a step at that year.
 */
export function xpuShareAt(a: Assumptions, time: number): number {
  const start = a['xpu.startYear'];
  const end = a['xpu.endYear'];
  if (time < start) return a['xpu.shareStart'];
  if (time >= end) return a['xpu.shareEnd'];
  return a['xpu.shareStart'] + ((a['xpu.shareEnd'] - a['xpu.shareStart']) * (time - start)) / (end - start);
}
