import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type IpcReply } from '../../contract';
import type { HandlerContext } from '../handlers/handler-context';
import { dispatch } from './dispatch';
import { refuseSender } from './sender-check';

/**
 * Registers one ipcMain handler per contract channel. Each checks the sender (our page, main frame,
 * a window we opened), then dispatches to the handler with that window's workbook.
 */
export function registerIpc(contextFor: (webContentsId: number) => HandlerContext | undefined): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<IpcReply<unknown>> => {
      const context = contextFor(event.sender.id);
      const frame = event.senderFrame;
      const refusal = refuseSender({
        frameUrl: frame ? frame.url : null,
        isMainFrame: frame !== null && frame.parent === null,
        isKnownWindow: context !== undefined,
      });
      if (refusal !== null || context === undefined) {
        return { ok: false, error: { code: 'forbidden_sender', message: `${channel}: ${refusal}` } };
      }
      return dispatch(channel, input, context);
    });
  }
}
