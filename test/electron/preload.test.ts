import { describe, expect, it, vi } from 'vitest';
import {
  EVENT_CHANNEL,
  MENU_COMMAND_CHANNEL,
  PAGE_CHANNELS,
  type EventName,
  type WorkbookApi,
} from '../../electron/contract';

// Electron's binary cannot run here, so its preload APIs are replaced by recorders: the test checks
// what the preload builds from them, not Electron itself.
const exposed = new Map<string, unknown>();
const invoked: [string, unknown][] = [];
const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
const paths = new Map<unknown, string>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(listener),
  },
  webUtils: { getPathForFile: (file: unknown) => paths.get(file) ?? '' },
}));

await import('../../electron/preload/index');
const api = exposed.get('workbook') as WorkbookApi;

describe('preload', () => {
  it('exposes one function per page channel and the file, menu and event functions, nothing else', () => {
    expect([...exposed.keys()]).toEqual(['workbook']);
    expect(Object.keys(api).sort()).toEqual(
      [...PAGE_CHANNELS, 'grantDroppedFile', 'onMenuCommand', 'onEvent'].sort(),
    );
    expect(Object.keys(api)).not.toContain('files:grantDropped');
  });

  it('invokes each channel with the page’s input', async () => {
    await api['imports:undo']({ importId: 3 });
    expect(invoked.at(-1)).toEqual(['imports:undo', { importId: 3 }]);
  });

  it('turns a dropped File into its path, which the page never sees', async () => {
    const file = new File(['period,value\n'], 'q3.csv');
    paths.set(file, '/home/ana/Downloads/q3.csv');
    await api.grantDroppedFile(file);
    expect(invoked.at(-1)).toEqual(['files:grantDropped', { path: '/home/ana/Downloads/q3.csv' }]);
  });

  it('relays the menu commands main sends, and only those, until unsubscribed', () => {
    const heard: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => heard.push(command));
    const send = (command: unknown) => listeners.get(MENU_COMMAND_CHANNEL)?.forEach((l) => l({}, command));
    send('import');
    send('rm -rf');
    unsubscribe();
    send('import');
    expect(heard).toEqual(['import']);
  });

  it('relays the events main pushes under the subscribed name only, until unsubscribed', () => {
    const heard: unknown[] = [];
    const unsubscribe = api.onEvent('imports:progress', (progress) => heard.push(progress));
    const push = (name: unknown, payload: unknown) =>
      listeners.get(EVENT_CHANNEL)?.forEach((l) => l({}, name, payload));
    const progress = { phase: 'commit', bytesRead: 10, totalBytes: 20, values: 1 };
    push('imports:progress', progress);
    push('imports:other', { phase: 'idle' });
    unsubscribe();
    push('imports:progress', progress);
    expect(heard).toEqual([progress]);
    expect(listeners.get(EVENT_CHANNEL)?.size).toBe(0);
  });

  it('refuses to subscribe to an event the contract does not have', () => {
    expect(() => api.onEvent('imports:secrets' as EventName, () => {})).toThrow(
      'unknown event "imports:secrets"',
    );
  });
});
