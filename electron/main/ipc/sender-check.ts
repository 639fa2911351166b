/** The origin the renderer is served from (see app-protocol.ts). */
export const APP_ORIGIN = 'app://workbook';

export interface SenderFacts {
  /** URL of the frame that sent the message, or null when the frame is gone. */
  readonly frameUrl: string | null;
  /** True when the sending frame is its page's top frame (not an iframe). */
  readonly isMainFrame: boolean;
  /** True when the sending WebContents belongs to one of our workbook windows. */
  readonly isKnownWindow: boolean;
}

/**
 * Decides whether an IPC message may be answered: only our own page, in the main frame of a
 * window we opened, may talk to main. Returns the reason for refusal, or null to accept.
 */
export function refuseSender(facts: SenderFacts): string | null {
  if (!facts.isKnownWindow) return 'the sender is not a workbook window';
  if (facts.frameUrl === null) return 'the sending frame is gone';
  if (!facts.isMainFrame) return 'the sender is not the main frame';
  let origin: string;
  try {
    const url = new URL(facts.frameUrl);
    origin = `${url.protocol}//${url.host}`;
  } catch {
    return `the sender's address is not valid`;
  }
  if (origin !== APP_ORIGIN) return `the sender's origin ${origin} is not the app`;
  return null;
}
