import type { z } from 'zod';
import { WorkbookFileError } from '../../../db/workbook-file-error';
import { WorkbookInputError } from '../../../db/workbook-input-error';
import { contract, type Channel, type IpcReply } from '../../contract';
import type { HandlerContext } from '../handlers/handler-context';
import { handlers } from '../handlers';

function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

/**
 * Runs one IPC request: checks the channel exists, parses the input with the channel's schema,
 * calls its handler, and wraps the outcome as `{ ok, value | error }`. Never throws.
 */
export async function dispatch(
  channel: string,
  rawInput: unknown,
  context: HandlerContext,
): Promise<IpcReply<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown_channel', message: `unknown channel "${channel}"` } };
  }
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: `${channel}: ${describeZodError(parsed.error)}` },
    };
  }
  try {
    const handler = handlers[channel] as (ctx: HandlerContext, input: unknown) => unknown;
    return { ok: true, value: await handler(context, parsed.data) };
  } catch (error) {
    if (error instanceof WorkbookInputError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    if (error instanceof WorkbookFileError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    return {
      ok: false,
      error: { code: 'internal', message: `${channel} failed: ${(error as Error).message}` },
    };
  }
}
