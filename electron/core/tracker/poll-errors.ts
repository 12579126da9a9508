import { AppError } from '../errors';

// What the tracker reads from a failed request to DigitalOcean: gone for good, wait longer, or just say what happened.

export const isNotFound = (error: unknown): boolean =>
  error instanceof AppError ? error.detail.kind === 'not_found' : (error as { status?: unknown } | null)?.status === 404;

/** How long DigitalOcean asked us to wait (a 429's retry-after), or 0. */
export const retryAfterOf = (error: unknown): number => (error instanceof AppError ? (error.detail.retryAfterMs ?? 0) : 0);

export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));
