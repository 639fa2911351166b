/**
 * A request a handler refuses before touching the workbook (a file that cannot be imported, an
 * unknown grant); dispatch replies `{ ok: false, error: { code, message } }` with it.
 */
export class RequestRefusal extends Error {
  constructor(
    readonly code: 'invalid_file' | 'unknown_grant',
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefusal';
  }
}
