import type { z } from 'zod';
import type { Workbook } from '../../../db/workbook';
import type { PaperSize } from '../../../projection/workbook-files';
import type { Channel, ChannelResult, Contract, EventName, EventPayload } from '../../contract';

/** Pushes one event to the page of the window that sent the message (see EVENTS in the contract). */
export type EmitEvent = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** A file to save: the save dialog's title, the name it suggests and the one extension it writes. */
export interface SaveRequest {
  readonly title: string;
  readonly defaultName: string;
  readonly extension: 'png' | 'pdf' | 'xlsx' | 'csv' | 'iwb';
  readonly filterName: string;
}

/**
 * What only the desktop (Electron) can do for a handler, kept to these few calls so the handlers
 * stay plain Node: the end-to-end harness answers them with a chosen path and Playwright's
 * page.pdf, handler tests with files in a temporary folder.
 */
export interface DesktopSide {
  /** The native save dialog over the sender's window; the path, or null when cancelled. */
  readonly chooseSavePath: (request: SaveRequest) => Promise<string | null>;
  /** The sender's page printed (print media, as laid out now) to PDF on `paper`. */
  readonly printToPdf: (paper: PaperSize) => Promise<Uint8Array>;
  /** Puts a PNG image on the system clipboard. */
  readonly copyImage: (png: Uint8Array) => void;
  /** The system clipboard's plain text and HTML (a spreadsheet puts both there). */
  readonly readClipboard: () => Promise<{ text: string; html: string }>;
  /** Puts text and HTML on the system clipboard together. */
  readonly writeClipboard: (clip: { text: string; html: string }) => Promise<void>;
  /** The folder of the automatic backups (the app's data folder). */
  readonly backupFolder: string;
  /** Opens a workbook file in a window of its own (a restored backup). */
  readonly openWorkbook: (path: string) => void;
}

/** What a handler works on: the workbook of the window that sent the message, the clock and dialogs. */
export interface HandlerContext {
  readonly workbook: Workbook;
  readonly now: () => string;
  /**
   * Asks the user for a file to import (Electron: a native open dialog filtered to the importer's
   * extensions, over the sender's window); resolves with its path, or null when they cancel.
   */
  readonly chooseImportFile: () => Promise<string | null>;
  /** Electron: webContents.send on EVENT_CHANNEL; a window already closed gets nothing. */
  readonly emit: EmitEvent;
  /** The built import parse worker (see db/import/value-source.ts); without it imports use one thread. */
  readonly parseWorker?: string;
  /** better-sqlite3's native module for this runtime (Electron's), for workbooks a handler opens. */
  readonly nativeBinding?: string;
  readonly desktop: DesktopSide;
}

/** A channel's handler: its input as the channel's schema parsed it, its result as the contract declares. */
export type Handler<C extends Channel> = (
  context: HandlerContext,
  input: z.output<Contract[C]['input']>,
) => ChannelResult<C> | Promise<ChannelResult<C>>;
