import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createWorkbook } from '../../db/workbook';
import { makeTempDir } from '../helpers/temp-dir';

// Electron's binary cannot run here: its window, menu and dialog are replaced by recorders, and
// the test checks what our menu and window code does with them.
const temp = makeTempDir();
const sent: [number, string, unknown][] = [];
const dialogs: { parent: unknown; options: { filters: { extensions: string[] }[]; properties: string[] } }[] =
  [];
let dialogAnswer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };
let menu: { label?: string; submenu?: { label?: string; accelerator?: string; click?: () => void }[] }[] = [];

vi.mock('electron', () => {
  let nextId = 1;
  const windows: BrowserWindow[] = [];
  class BrowserWindow {
    readonly webContents = {
      id: nextId++,
      send: (channel: string, payload: unknown) => sent.push([this.webContents.id, channel, payload]),
    };
    constructor() {
      windows.push(this);
    }
    // The window opened last has the focus.
    static getFocusedWindow = () => windows.at(-1) ?? null;
    once() {}
    on() {}
    show() {}
    focus() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return {
    app: {
      isPackaged: true,
      getVersion: () => '0.1.0',
      getAppPath: () => temp.dir,
      getPath: () => temp.dir,
      addRecentDocument: () => undefined,
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: typeof menu) => template,
      setApplicationMenu: (m: typeof menu) => (menu = m),
    },
    dialog: {
      showOpenDialog: (parent: unknown, options: (typeof dialogs)[number]['options']) => {
        dialogs.push({ parent, options });
        return Promise.resolve(dialogAnswer);
      },
      showErrorBox: (title: string, message: string) => {
        throw new Error(`${title}: ${message}`);
      },
    },
    protocol: {},
    net: {},
  };
});

const { buildAppMenu } = await import('../../electron/main/app-menu');
const { contextForSender, showWorkbook, closeAllWorkbooks } =
  await import('../../electron/main/workbook-windows');

const workbookPath = join(temp.dir, 'w.iwb');
createWorkbook(workbookPath).close();
showWorkbook(workbookPath);
afterAll(() => {
  closeAllWorkbooks();
  temp.cleanup();
});

describe('File › Import… and the import dialog', () => {
  it('has File › Import… on Ctrl/Cmd+I, which tells the focused window’s page to import', () => {
    buildAppMenu();
    const item = menu.find((m) => m.label === 'File')?.submenu?.find((i) => i.label === 'Import…');
    expect(item?.accelerator).toBe('CmdOrCtrl+I');
    item?.click?.();
    expect(sent).toEqual([[1, 'menu:command', 'import']]);
  });

  it('asks with a native open dialog over the window, filtered to the files the importer reads', async () => {
    const context = contextForSender(1)!;
    dialogAnswer = { canceled: false, filePaths: ['/data/q3.csv'] };
    expect(await context.chooseImportFile()).toBe('/data/q3.csv');
    dialogAnswer = { canceled: true, filePaths: [] };
    expect(await context.chooseImportFile()).toBeNull();
    expect(dialogs[0]?.parent).toBeDefined();
    expect(dialogs[0]?.options.filters[0]?.extensions).toEqual(['csv', 'tsv', 'txt', 'xlsx']);
    expect(dialogs[0]?.options.properties).toEqual(['openFile']);
    expect(contextForSender(99)).toBeUndefined();
  });
});
