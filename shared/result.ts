/** What went wrong, in terms the renderer can act on. */
export const errorKinds = [
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'conflict',
  'server',
  'network',
  'timeout',
  'unavailable',
  'internal',
] as const;

export type ErrorKind = (typeof errorKinds)[number];

/** One field a validation error complains about (`path` is dotted, empty for the whole request). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A failure as it crosses the process boundary: plain data, never an Error instance. */
export interface PanelError {
  kind: ErrorKind;
  message: string;
  status?: number;
  requestId?: string;
  retryAfterMs?: number;
  issues?: FieldIssue[];
}

/** The outcome of every contract operation. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: PanelError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (error: PanelError): Result<never> => ({ ok: false, error });
