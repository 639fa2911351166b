import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type WorkbookApi } from '../contract';

// Exposes exactly one invoke per contract channel as window.workbook; raw ipcRenderer never
// reaches the page.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as WorkbookApi;

contextBridge.exposeInMainWorld('workbook', api);
