import type { z } from 'zod';
import { contract, type Channel, type IpcReply } from '../../contract';
import type { HandlerContext } from '../handlers/handler-context';
import { handlers } from '../handlers';
import { refuseWhileHeld, runHolding } from './workbook-gate';
import { Refusal } from '../../../projection/refusal';

function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/** `options.fiscalYearEnd["Co, Inc"]`: where in the input, with keys that are not names quoted. */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'input';
  return path
    .map((key, i) =>
      typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)
        ? `${i === 0 ? '' : '.'}${key}`
        : `[${JSON.stringify(typeof key === 'symbol' ? String(key) : key)}]`,
    )
    .join('');
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      // A bad record key says only "Invalid key in record"; the key's own issue says why.
      const inner = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
      return `${describePath(issue.path)}: ${inner ? `key: ${inner.message}` : issue.message}`;
    })
    .join('; ');
}

/**
 * Runs one IPC request: checks the channel exists, refuses it while an import holds the workbook
 * (see workbook-gate.ts), parses the input with the channel's schema, calls its handler, and wraps
 * the outcome as `{ ok, value | error }`. Never throws.
 */
export async function dispatch(
  channel: string,
  rawInput: unknown,
  context: HandlerContext,
): Promise<IpcReply<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown_channel', message: `unknown channel "${channel}"` } };
  }
  const busy = refuseWhileHeld(channel, context.workbook);
  if (busy) return { ok: false, error: busy };
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: `${channel}: ${describeZodError(parsed.error)}` },
    };
  }
  try {
    const handler = handlers[channel] as (ctx: HandlerContext, input: unknown) => unknown;
    const value = await runHolding(channel, context.workbook, async () => handler(context, parsed.data));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.toProblem() };
    // A write to a workbook opened read-only (another process writes it): say so, not "internal".
    if ((error as { code?: string }).code === 'SQLITE_READONLY') {
      const why = context.workbook.readOnlyReason ?? 'the workbook is open read-only';
      return { ok: false, error: { code: 'busy', message: `${why}; nothing was saved` } };
    }
    return {
      ok: false,
      error: { code: 'internal', message: `${channel} failed: ${(error as Error).message}` },
    };
  }
}
