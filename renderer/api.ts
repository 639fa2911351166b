import type {
  ChannelInput,
  ChannelResult,
  EventName,
  EventPayload,
  FileGrant,
  IpcReply,
  PageChannel,
} from '../electron/contract';

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

function unwrap<T>(reply: IpcReply<T>): T {
  if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
  return reply.value;
}

/** Calls one contract channel and unwraps its reply; errors become ApiError. */
export async function call<C extends PageChannel>(
  channel: C,
  ...input: ChannelInput<C> extends undefined ? [] : [ChannelInput<C>]
): Promise<ChannelResult<C>> {
  const method = window.workbook[channel] as (arg?: unknown) => Promise<IpcReply<ChannelResult<C>>>;
  return unwrap(await method(input[0]));
}

/** Grants main access to a file dropped on the window; refusals become ApiError. */
export async function grantDroppedFile(file: File): Promise<FileGrant> {
  return unwrap(await window.workbook.grantDroppedFile(file));
}

/** Calls `listener` with each `name` event main pushes to this page; returns the unsubscribe. */
export function onEvent<E extends EventName>(
  name: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return window.workbook.onEvent(name, listener);
}
