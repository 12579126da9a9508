import { z } from './zod';

/** One contract operation: its request schema (checked on the main side) and its response type. */
export interface OperationSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  /** Type-level only: never set at runtime. */
  readonly response?: Res;
}

/** Declares an operation: `operation<Response>()(requestSchema)`. */
export const operation =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): OperationSpec<Req, Res> => ({ request });

/** The request of an operation that takes nothing. */
export const noInput = z.object({}).strict();
