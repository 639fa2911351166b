import { describe, expect, it } from 'vitest';
import { isAppRequest } from '../../electron/main/request-filter';

describe('isAppRequest', () => {
  it.each([
    ['app://workbook/index.html', true],
    ['app://workbook/assets/engine.worker-abc.js', true],
    ['data:image/png;base64,AAAA', true],
    ['https://www.nasdaq.com/articles/openai-deploy-6-gigawatts-amd-gpus', false],
    ['http://127.0.0.1:5173/index.html', false],
    ['wss://example.org/socket', false],
    ['file:///etc/passwd', false],
    ['app://workbook.evil.com/x', false],
    ['app://other/index.html', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAppRequest(url)).toBe(allowed);
  });
});
