/** What the benchmark modules share: the median timer and the plain-loop reference of a recompute. */

/** Median time of one call of `fn`, in ms, over `samples` batches of `batch` calls. */
export function medianMs(fn: () => unknown, samples: number, batch: number): number {
  let sink = 0;
  for (let i = 0; i < batch * 5; i++) sink += fn() === undefined ? 0 : 1; // warm up the JIT
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink += fn() === undefined ? 0 : 1;
    times.push((performance.now() - start) / batch);
  }
  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * The bare arithmetic of `scenarios` × `quarters` of the market model: per quarter two logistic
 * ramps, their blends with the jump-off share, and the multiplies, into a Float64Array.
 */
export function rampReference(scenarios: number, quarters: number): () => Float64Array {
  const out = new Float64Array(scenarios * quarters);
  return () => {
    for (let s = 0; s < scenarios; s++) {
      let tam = 74000;
      for (let q = 0; q < quarters; q++) {
        tam *= 1.08;
        const w = Math.exp(-0.1 * q);
        const training = 0.03 + 0.07 / (1 + Math.exp(-0.6 * (q - 12)));
        const inference = 0.04 + 0.18 / (1 + Math.exp(-0.9 * (q - 6)));
        const amd = 0.5 * (w * 0.047 + (1 - w) * training) + 0.5 * (w * 0.047 + (1 - w) * inference);
        out[s * quarters + q] = tam * (1 - 0.15 - 0.03) * amd * 0.5;
      }
    }
    return out;
  };
}
