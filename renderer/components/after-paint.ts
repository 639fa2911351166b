import { useEffect, useState } from 'react';

/**
 * Resolves after the next frame has been painted: requestAnimationFrame runs just before the
 * frame's paint, and a task posted from it runs after the paint.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * `value` as it was one painted frame ago: a new value is returned only after the frame showing
 * the render that brought it has been painted. Panels below the fold take their updates this way,
 * so the panels the user is looking at repaint first.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let isCurrent = true;
    void afterNextPaint().then(() => {
      if (isCurrent) setShown(() => value);
    });
    return () => {
      isCurrent = false;
    };
  }, [value, shown]);
  return shown;
}
