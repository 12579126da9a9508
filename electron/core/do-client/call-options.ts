/**
 * Who a request is for. The rate governor spends the token's budget on `user` requests (a click, an
 * open dialog) before `background` ones (polling), so polling never makes a click wait.
 */
export type Priority = 'user' | 'background';

/** What every client method accepts besides its own arguments. */
export interface CallOptions {
  /** `user` when omitted. */
  priority?: Priority;
  /** Aborts the request, its retries and any wait for rate-limit budget. */
  signal?: AbortSignal;
}

/** Waits `ms` milliseconds, or rejects when `signal` aborts first. Tests inject one that moves their clock. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
