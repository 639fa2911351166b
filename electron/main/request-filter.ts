import { APP_ORIGIN } from './ipc/sender-check';

/**
 * The app asks nothing of the network: every request a page makes must be for the app's own
 * content (its scheme, served from the bundle), or the page's inline data. Anything else
 * (http, https, ws, file, ftp...) is cancelled by the session's request filter (security.ts).
 */
export function isAppRequest(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('devtools://');
}
