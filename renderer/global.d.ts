import type { WorkbookApi } from '../electron/contract';

declare global {
  interface Window {
    /** Built by the preload (Electron) or the e2e bridge from electron/contract.ts. */
    readonly workbook: WorkbookApi;
  }
}
