import { describe, expect, it } from 'vitest';
import { refuseSender } from '../../electron/main/ipc/sender-check';

describe('refuseSender', () => {
  const good = { frameUrl: 'app://workbook/index.html', isMainFrame: true, isKnownWindow: true };

  it('accepts our page in the main frame of a workbook window', () => {
    expect(refuseSender(good)).toBeNull();
  });

  it.each([
    [{ ...good, isKnownWindow: false }, /not a workbook window/],
    [{ ...good, isMainFrame: false }, /not the main frame/],
    [{ ...good, frameUrl: null }, /frame is gone/],
    [
      { ...good, frameUrl: 'https://evil.example/index.html' },
      /origin https:\/\/evil.example is not the app/,
    ],
    [{ ...good, frameUrl: 'file:///etc/passwd' }, /is not the app/],
    [{ ...good, frameUrl: 'app://other/index.html' }, /app:\/\/other is not the app/],
    [{ ...good, frameUrl: 'not a url' }, /not valid/],
  ])('refuses %j', (facts, reason) => {
    expect(refuseSender(facts)).toMatch(reason);
  });
});
