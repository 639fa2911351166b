import type { Channel, ChannelInput, ChannelResult, IpcReply } from '../electron/contract';

/** A refused or failed request, with the main process's code and one-line message. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Calls one contract channel and unwraps its reply; errors become ApiError. */
export async function call<C extends Channel>(
  channel: C,
  ...input: ChannelInput<C> extends undefined ? [] : [ChannelInput<C>]
): Promise<ChannelResult<C>> {
  const method = window.workbook[channel] as (arg?: unknown) => Promise<IpcReply<ChannelResult<C>>>;
  const reply = await method(input[0]);
  if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
  return reply.value;
}
