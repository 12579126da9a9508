import type { CallMessage } from '../../shared/socket-protocol';

/** One frame from the renderer, read defensively: the socket is a trust boundary like IPC. */
export type IncomingFrame =
  | { kind: 'call'; call: CallMessage }
  /** Not a valid call, but it names an id the answer can go back to. */
  | { kind: 'invalid'; id: number; reason: string }
  /** Nothing to answer to: the connection is misbehaving. */
  | { kind: 'unreadable'; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCallId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Parses one text frame into a call, or says how it is wrong. */
export const readFrame = (text: string): IncomingFrame => {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'not JSON' };
  }
  if (!isRecord(message) || !isCallId(message.id)) return { kind: 'unreadable', reason: 'no call id' };
  const { id } = message;
  if (message.type !== 'call') return { kind: 'invalid', id, reason: "type must be 'call'" };
  if (typeof message.op !== 'string') return { kind: 'invalid', id, reason: 'op must be a string' };
  // The request and its options are the contract's business: dispatch validates them against the operation.
  return {
    kind: 'call',
    call: { type: 'call', id, op: message.op, request: message.request, ...(message.options === undefined ? {} : { options: message.options }) },
  };
};
