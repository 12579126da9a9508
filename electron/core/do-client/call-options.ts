import type { Priority } from '../../../shared/call-priority';

export type { Priority } from '../../../shared/call-priority';

/** What every client method accepts besides its own arguments. */
export interface CallOptions {
  /**
   * Who the request is for (shared/call-priority.ts): the governor spends the budget on `user`
   * requests first, so polling never makes a click wait. `user` when omitted, lowered by the
   * caller's priority scope (priority-scope.ts) when one is set.
   */
  priority?: Priority;
  /** Aborts the request, its retries and any wait for rate-limit budget. */
  signal?: AbortSignal;
}

/** Waits `ms` milliseconds, or rejects when `signal` aborts first. Tests inject one that moves their clock. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
