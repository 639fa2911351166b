import { describe, expect, it } from 'vitest';
import { throttle } from '../../electron/main/handlers/throttle';

describe('throttle', () => {
  it('sends the first value at once and then at most one per interval, dropping the rest', () => {
    let now = 0;
    const sent: number[] = [];
    const send = throttle(
      (value: number) => sent.push(value),
      100,
      () => now,
    );
    for (const [at, value] of [
      [0, 1],
      [40, 2],
      [99, 3],
      [100, 4],
      [150, 5],
      [260, 6],
    ] as const) {
      now = at;
      send(value);
    }
    expect(sent).toEqual([1, 4, 6]);
  });
});
