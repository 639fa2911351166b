/**
 * Wraps `send` so it runs at most once per `intervalMs` (by `clock`, in ms): a call within the
 * interval of the last one sent is dropped. Progress is a snapshot, so dropping one loses nothing
 * the next keeps; the reply that ends the work makes a trailing send unnecessary.
 */
export function throttle<T>(
  send: (value: T) => void,
  intervalMs: number,
  clock: () => number = () => performance.now(),
): (value: T) => void {
  let lastSent = -Infinity;
  return (value) => {
    const now = clock();
    if (now - lastSent < intervalMs) return;
    lastSent = now;
    send(value);
  };
}
