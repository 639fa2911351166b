import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  PAGE_CHANNELS,
  type MenuCommand,
  type WorkbookApi,
} from '../contract';

// Exposes exactly one invoke per page channel as window.workbook; raw ipcRenderer never reaches
// the page. Two more functions: a dropped File becomes a grant without its path reaching the page,
// and menu commands from main reach the page's listener.
const channels = Object.fromEntries(
  PAGE_CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
);

const api = {
  ...channels,
  grantDroppedFile: (file: File) =>
    ipcRenderer.invoke('files:grantDropped', { path: webUtils.getPathForFile(file) }),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const relay = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
    };
  },
} as unknown as WorkbookApi;

contextBridge.exposeInMainWorld('workbook', api);
