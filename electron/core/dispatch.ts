import type { BridgeCallOptions } from '../../shared/call-priority';
import {
  isOperationName,
  operations,
  type OperationName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract';
import { fail, ok, type FieldIssue, type Result } from '../../shared/result';
import { z } from '../../shared/zod';
import { atPriority } from './do-client/priority-scope';
import { toPanelError, validationError } from './errors';
import type { Logger } from './log';

/** One handler per contract operation; a missing one is a compile error. */
export type Handlers = {
  readonly [K in OperationName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>>;
};

/**
 * Runs one call from an untrusted renderer: any name, any payload, and optionally how it wants the
 * call treated (`BridgeCallOptions`, checked here too). Never throws.
 */
export type Dispatch = (operation: unknown, request: unknown, options?: unknown) => Promise<Result<unknown>>;

/** The renderer may only lower a call's priority: `user` is the default, so `visible` is all it can ask. */
const callOptionsSchema: z.ZodType<BridgeCallOptions> = z.object({ priority: z.literal('visible').optional() }).strict();

const describeIssues = (issues: readonly z.core.$ZodIssue[]): FieldIssue[] =>
  issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

/**
 * Validates the operation name and its request against the contract before a handler sees them,
 * and turns every failure into a typed error result.
 */
export const createDispatch = (handlers: Handlers, log: Logger): Dispatch => {
  const run = async <K extends OperationName>(name: K, request: unknown, options: unknown): Promise<Result<unknown>> => {
    const parsed = operations[name].request.safeParse(request ?? {});
    if (!parsed.success) {
      log.warn(`rejected ${name}: invalid request`);
      return fail(validationError(`The request for ${name} is not valid.`, describeIssues(parsed.error.issues)));
    }
    const callOptions = callOptionsSchema.safeParse(options ?? {});
    if (!callOptions.success) {
      log.warn(`rejected ${name}: invalid call options`);
      return fail(validationError(`The options for ${name} are not valid.`, describeIssues(callOptions.error.issues)));
    }
    const handler = handlers[name] as (request: unknown) => Promise<ResponseOf<K>>;
    const { priority } = callOptions.data;
    try {
      return ok(await (priority ? atPriority(priority, () => handler(parsed.data)) : handler(parsed.data)));
    } catch (error) {
      const detail = toPanelError(error);
      if (detail.kind === 'internal') log.error(`${name} failed`, error);
      return fail(detail);
    }
  };

  return async (operation, request, options) => {
    if (!isOperationName(operation)) {
      log.warn('rejected a call to an unknown operation');
      return fail(validationError('Unknown operation.', [{ path: '', message: 'no such operation' }]));
    }
    return run(operation, request, options);
  };
};
