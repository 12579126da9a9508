import type { z } from 'zod';
import {
  isOperationName,
  operations,
  type OperationName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract';
import { fail, ok, type FieldIssue, type Result } from '../../shared/result';
import { toPanelError, validationError } from './errors';
import type { Logger } from './log';

/** One handler per contract operation; a missing one is a compile error. */
export type Handlers = {
  readonly [K in OperationName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>>;
};

/** Runs one call from an untrusted renderer: any name, any payload. Never throws. */
export type Dispatch = (operation: unknown, request: unknown) => Promise<Result<unknown>>;

const describeIssues = (issues: readonly z.core.$ZodIssue[]): FieldIssue[] =>
  issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

/**
 * Validates the operation name and its request against the contract before a handler sees them,
 * and turns every failure into a typed error result.
 */
export const createDispatch = (handlers: Handlers, log: Logger): Dispatch => {
  const run = async <K extends OperationName>(name: K, request: unknown): Promise<Result<unknown>> => {
    const parsed = operations[name].request.safeParse(request ?? {});
    if (!parsed.success) {
      log.warn(`rejected ${name}: invalid request`);
      return fail(validationError(`The request for ${name} is not valid.`, describeIssues(parsed.error.issues)));
    }
    const handler = handlers[name] as (request: unknown) => Promise<ResponseOf<K>>;
    try {
      return ok(await handler(parsed.data));
    } catch (error) {
      const detail = toPanelError(error);
      if (detail.kind === 'internal') log.error(`${name} failed`, error);
      return fail(detail);
    }
  };

  return async (operation, request) => {
    if (!isOperationName(operation)) {
      log.warn('rejected a call to an unknown operation');
      return fail(validationError('Unknown operation.', [{ path: '', message: 'no such operation' }]));
    }
    return run(operation, request);
  };
};
