/**
 * The page's Content-Security-Policy: our own scripts only, no remote origin anywhere. Styles
 * allow inline because AG Grid injects its theme as <style> elements. Workers run our own bundled
 * module scripts (renderer/worker/), never blob: or data: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
