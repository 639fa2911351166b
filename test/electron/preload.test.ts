import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMAND_CHANNEL, PAGE_CHANNELS, type WorkbookApi } from '../../electron/contract';

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
  it('exposes one function per page channel and the two file and menu functions, nothing else', () => {
    expect([...exposed.keys()]).toEqual(['workbook']);
    expect(Object.keys(api).sort()).toEqual([...PAGE_CHANNELS, 'grantDroppedFile', 'onMenuCommand'].sort());
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
});
