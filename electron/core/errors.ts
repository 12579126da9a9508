import type { ErrorKind, FieldIssue, PanelError } from '../../shared/result';

/** A failure a handler or service raises on purpose; it crosses the boundary as `PanelError`. */
export class AppError extends Error {
  readonly detail: PanelError;

  constructor(detail: PanelError) {
    super(detail.message);
    this.name = 'AppError';
    this.detail = detail;
  }

  static of(kind: ErrorKind, message: string, extra: Omit<PanelError, 'kind' | 'message'> = {}): AppError {
    return new AppError({ kind, message, ...extra });
  }
}

export const validationError = (message: string, issues: FieldIssue[]): PanelError => ({
  kind: 'validation',
  message,
  issues,
});

/**
 * Turns anything thrown into data the renderer may see. Unexpected errors are reduced to a generic
 * message: their text may hold paths, URLs or headers that do not belong in the UI.
 */
export const toPanelError = (error: unknown): PanelError =>
  error instanceof AppError
    ? error.detail
    : { kind: 'internal', message: 'Something went wrong on the main side. The details are in its log.' };
