import { z } from './zod';
import { requestableStorages, type AccountList, type CurrentAccount, type DescribedAccount } from './account-types';
import type { AppInfo } from './app-types';
import type { EventListener, EventName } from './events';
import type { Result } from './result';

export * from './channels';
export * from './events';

/**
 * The one list of what the renderer may ask of the main side; what it pushes back is in events.ts.
 * Each operation has a request schema (checked at runtime on the main side before its handler runs)
 * and a response type (checked by the compiler on both sides).
 */

interface OperationSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  /** Type-level only: never set at runtime. */
  readonly response?: Res;
}

const operation =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): OperationSpec<Req, Res> => ({ request });

const noInput = z.object({}).strict();

const accountId = z.object({ id: z.string().min(1).max(100) }).strict();

/** Write-only: the token goes in here and never comes back out of any operation. */
const newAccount = z
  .object({
    name: z.string().trim().min(1, 'Give the account a name.').max(64, 'Keep the name to 64 characters or fewer.'),
    token: z
      .string()
      .trim()
      .min(1, 'Paste a personal access token.')
      .max(1024, 'That is far longer than a DigitalOcean token.')
      .regex(/^\S*$/, 'A token has no spaces or line breaks inside it.'),
    storage: z.enum(requestableStorages),
  })
  .strict();

export const operations = {
  /** Name, version and runtime of the app. */
  'app.info': operation<AppInfo>()(noInput),
  /** Every account with its status and the keychain's availability; never a token. */
  'accounts.list': operation<AccountList>()(noInput),
  /** Validates a token with DigitalOcean, keeps it where asked, and answers with the account it belongs to. */
  'accounts.add': operation<DescribedAccount>()(newAccount),
  /** Forgets an account and deletes its token from the keychain. */
  'accounts.remove': operation<{ id: string }>()(accountId),
  /** Makes an account the one every view works with. */
  'accounts.switch': operation<CurrentAccount>()(accountId),
  /** The account every view works with, if any. */
  'accounts.current': operation<CurrentAccount>()(noInput),
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller passes (before defaults and transforms). */
export type RequestOf<K extends OperationName> = z.input<Operations[K]['request']>;
/** What a handler receives (after validation). */
export type ParsedRequestOf<K extends OperationName> = z.output<Operations[K]['request']>;
export type ResponseOf<K extends OperationName> = NonNullable<Operations[K]['response']>;

export const operationNames = Object.keys(operations) as OperationName[];

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.hasOwn(operations, name);

/**
 * The surface the renderer talks to: one method per operation, plus event subscription.
 * The preload bridge and the browser bridge both implement exactly this.
 */
export type PanelApi = {
  readonly [K in OperationName]: (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
} & {
  /** Subscribes to a pushed event; the returned function unsubscribes. */
  readonly on: <E extends EventName>(event: E, listener: EventListener<E>) => () => void;
};
