import type { z } from 'zod';
import type { Workbook } from '../../../db/workbook';
import type { Channel, ChannelResult, Contract, EventName, EventPayload } from '../../contract';

/** Pushes one event to the page of the window that sent the message (see EVENTS in the contract). */
export type EmitEvent = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

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
}

/** A channel's handler: its input as the channel's schema parsed it, its result as the contract declares. */
export type Handler<C extends Channel> = (
  context: HandlerContext,
  input: z.output<Contract[C]['input']>,
) => ChannelResult<C> | Promise<ChannelResult<C>>;
