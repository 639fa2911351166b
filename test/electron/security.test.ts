import { describe, expect, it, vi } from 'vitest';

// Recorders standing in for Electron's session and app (its binary cannot run here).
const hooks: Record<string, (...args: never[]) => unknown> = {};
const openedExternally: string[] = [];
vi.mock('electron', () => ({
  app: { on: (name: string, fn: (...args: never[]) => unknown) => (hooks[`app:${name}`] = fn) },
  shell: { openExternal: async (url: string) => void openedExternally.push(url) },
  session: {
    defaultSession: {
      webRequest: {
        onHeadersReceived: (fn: (...args: never[]) => unknown) => (hooks.headers = fn),
        onBeforeRequest: (fn: (...args: never[]) => unknown) => (hooks.request = fn),
      },
      setPermissionRequestHandler: (fn: (...args: never[]) => unknown) => (hooks.permission = fn),
      setPermissionCheckHandler: (fn: (...args: never[]) => unknown) => (hooks.permissionCheck = fn),
    },
  },
}));

const { hardenSession, secureWebPreferences } = await import('../../electron/main/security');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/content-security-policy');

describe('Electron security checklist', () => {
  hardenSession();

  it('isolates and sandboxes every page with no Node', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('sends a CSP with no remote origin on every response', () => {
    let headers: Record<string, string[]> = {};
    (hooks.headers as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it('cancels every request that is not for the app itself', () => {
    const cancelled = (url: string) => {
      let answer: { cancel: boolean } | undefined;
      (hooks.request as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)(
        { url },
        (r) => (answer = r),
      );
      return answer?.cancel;
    };
    expect(cancelled('app://workbook/index.html')).toBe(false);
    expect(cancelled('https://www.nasdaq.com/')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    (hooks.permission as (w: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', (ok) =>
      answers.push(ok),
    );
    expect(answers).toEqual([false]);
    expect((hooks.permissionCheck as () => boolean)()).toBe(false);
  });

  it('blocks navigation away from the app, new windows and webviews', () => {
    const listeners: Record<string, (event: { preventDefault: () => void }, url?: string) => void> = {};
    let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' });
    const contents = {
      on: (name: string, fn: (event: { preventDefault: () => void }, url?: string) => void) =>
        (listeners[name] = fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
    (hooks['app:web-contents-created'] as (e: unknown, c: unknown) => void)({}, contents);
    const prevented = (name: string, url?: string) => {
      let isPrevented = false;
      listeners[name]!({ preventDefault: () => (isPrevented = true) }, url);
      return isPrevented;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://workbook/index.html')).toBe(false);
    expect(prevented('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler({ url: 'https://ir.amd.com/' })).toEqual({ action: 'deny' });
    expect(openedExternally).toEqual(['https://ir.amd.com/']);
    expect(openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openedExternally).toHaveLength(1);
  });
});
