import { vi } from 'vitest';
import type { AccountList, CurrentAccount, DescribedAccount } from '../../shared/account-types';
import type { AppInfo } from '../../shared/app-types';
import type { EventListener, EventName, EventPayloadOf, OperationName, PanelApi, ResponseOf } from '../../shared/contract';
import { ok, type Result } from '../../shared/result';

/**
 * A PanelApi without a main side, for renderer tests. Tests replace the real bridge with it:
 *
 *   vi.mock('../bridge', () => import('../testing/fake-bridge'));
 *
 * and then script answers with `replyWith` and push events with `emit`.
 */

type Reply<K extends OperationName> = () => Result<ResponseOf<K>> | Promise<Result<ResponseOf<K>>>;
type Replies = { [K in OperationName]: Reply<K> };

export const sampleAppInfo: AppInfo = {
  name: 'DigitalOcean Panel',
  version: '1.2.3',
  runtime: 'browser',
  platform: 'linux',
  versions: { node: '22.4.0' },
  apiBaseUrl: 'http://127.0.0.1:4010',
};

export const noAccount: CurrentAccount = { state: 'none', environmentTokenAvailable: false };

export const sampleAccount: DescribedAccount = {
  id: 'account-1',
  name: 'Sammy Shark',
  kind: 'token',
  storage: 'keychain',
  email: 'sammy@example.com',
  team: 'Ocean Ops',
  dropletLimit: 25,
  addedAt: '2026-01-02T03:04:05.000Z',
  status: 'ok',
  active: true,
};

export const activeAccount: CurrentAccount = { state: 'active', account: sampleAccount };

export const demoOnly: AccountList = {
  accounts: [{ id: 'demo', name: 'Demo', kind: 'demo', storage: 'none', status: 'ok', active: false }],
  activeId: null,
  keychain: { available: true },
};

const defaultReplies = (): Replies => ({
  'app.info': () => ok(sampleAppInfo),
  'accounts.list': () => ok(demoOnly),
  'accounts.add': () => ok(sampleAccount),
  'accounts.remove': () => ok({ id: sampleAccount.id }),
  'accounts.switch': () => ok(activeAccount),
  'accounts.current': () => ok(noAccount),
  'actions.tracked': () => ok([]),
});

let replies = defaultReplies();
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

const operation = <K extends OperationName>(name: K) => vi.fn(async () => (replies[name] as Reply<K>)());

/** Listed one by one, so a new contract operation fails to compile here until the fake answers it. */
export const bridge = {
  'app.info': operation('app.info'),
  'accounts.list': operation('accounts.list'),
  'accounts.add': operation('accounts.add'),
  'accounts.remove': operation('accounts.remove'),
  'accounts.switch': operation('accounts.switch'),
  'accounts.current': operation('accounts.current'),
  'actions.tracked': operation('actions.tracked'),
  on: <E extends EventName>(event: E, listener: EventListener<E>) => {
    const set = listeners.get(event) ?? new Set();
    const untyped = listener as (payload: unknown) => void;
    set.add(untyped);
    listeners.set(event, set);
    return () => {
      set.delete(untyped);
    };
  },
} satisfies PanelApi;

/** From now on (until `resetFakeBridge`), `name` answers with what `reply` returns. */
export const replyWith = <K extends OperationName>(name: K, reply: Reply<K>): void => {
  (replies as Record<K, Reply<K>>)[name] = reply;
};

/** A reply that never arrives, to hold a query in its loading state. */
export const never = (): Promise<never> => new Promise(() => undefined);

/** Pushes an event as the main side would; wrap in `act` when it updates what is rendered. */
export const emit = <E extends EventName>(event: E, payload: EventPayloadOf<E>): void => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

export const listenerCount = (event: EventName): number => listeners.get(event)?.size ?? 0;

export const resetFakeBridge = (): void => {
  replies = defaultReplies();
  listeners.clear();
  for (const method of Object.values(bridge)) if (vi.isMockFunction(method)) method.mockClear();
};
