import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  EVENT_CHANNEL,
  EVENT_NAMES,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  PAGE_CHANNELS,
  type EventName,
  type MenuCommand,
  type WorkbookApi,
} from '../contract';

// Exposes exactly one invoke per page channel as window.workbook; raw ipcRenderer never reaches
// the page. Three more functions: a dropped File becomes a grant without its path reaching the
// page, and menu commands and events from main reach the page's listeners.
const channels = Object.fromEntries(
  PAGE_CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
);

/** Passes what main sends on `channel` to `relay` until unsubscribed; returns the unsubscribe. */
function relayFrom(channel: string, relay: (...args: unknown[]) => void): () => void {
  const received = (_event: unknown, ...args: unknown[]) => relay(...args);
  ipcRenderer.on(channel, received);
  return () => {
    ipcRenderer.removeListener(channel, received);
  };
}

const api = {
  ...channels,
  grantDroppedFile: (file: File) =>
    ipcRenderer.invoke('files:grantDropped', { path: webUtils.getPathForFile(file) }),
  onMenuCommand: (listener: (command: MenuCommand) => void) =>
    relayFrom(MENU_COMMAND_CHANNEL, (command) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    }),
  onEvent: (name: EventName, listener: (payload: unknown) => void) => {
    // A page asking for an event the contract does not have has a bug: say so rather than wait forever.
    if (!EVENT_NAMES.includes(name)) throw new Error(`unknown event "${String(name)}"`);
    return relayFrom(EVENT_CHANNEL, (sent, payload) => {
      if (sent === name) listener(payload);
    });
  },
} as unknown as WorkbookApi;

contextBridge.exposeInMainWorld('workbook', api);
