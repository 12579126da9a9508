import { vi } from 'vitest';
import type { AccountList, CurrentAccount, DescribedAccount } from '../../shared/account-types';
import type { AppInfo } from '../../shared/app-types';
import type { BridgeCallOptions } from '../../shared/call-priority';
import type { EventListener, EventName, EventPayloadOf, OperationName, PanelApi, RequestOf, ResponseOf } from '../../shared/contract';
import { operationNames } from '../../shared/operation-names';
import { fail, ok, type Result } from '../../shared/result';
import { sampleDroplet, sampleDropletRow, sampleStartedAction } from './droplet-samples';
import { dismissWorkflow, finishedWorkflow, listWorkflows, putWorkflow, resetWorkflows } from './fake-workflows';
import { sampleImage, sampleImageAction, sampleImageRow, sampleSnapshot } from './image-samples';

/**
 * A PanelApi without a main side, for renderer tests. Tests replace the real bridge with it:
 *
 *   vi.mock('../bridge', () => import('../testing/fake-bridge'));
 *
 * and then script answers with `replyWith` and push events with `emit`.
 */

type Reply<K extends OperationName> = (request: RequestOf<K>) => Result<ResponseOf<K>> | Promise<Result<ResponseOf<K>>>;
type Replies = { [K in OperationName]: Reply<K> };

export const sampleAppInfo: AppInfo = {
  name: 'DigitalOcean Panel',
  version: '1.2.3',
  runtime: 'browser',
  platform: 'linux',
  versions: { node: '22.4.0' },
  apiBaseUrl: 'http://127.0.0.1:4010',
};

/** What a fresh install has: notify on every completion, only for the panel's own actions; no tray in a browser. */
export const samplePreferences: ResponseOf<'preferences.get'> = {
  notifications: { mode: 'all', includeOthers: false },
  closeToTray: { applies: false, enabled: false },
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
  'images.list': () => ok([]),
  'images.get': () => ok(sampleImage),
  'images.importCustom': () => ok({ ...sampleImageRow, type: 'custom', status: 'NEW', regions: [], sizeGigabytes: null }),
  'images.update': () => ok(sampleImageRow),
  'images.delete': () => ok({ id: sampleImageRow.id }),
  'images.runAction': () => ok({ action: sampleImageAction, tracked: null }),
  'images.actions': () => ok([]),
  'snapshots.list': () => ok([]),
  'snapshots.get': () => ok(sampleSnapshot),
  'snapshots.delete': () => ok({ id: sampleSnapshot.id }),
  'catalog.regions': () => ok([]),
  'catalog.sizes': () => ok([]),
  'sshKeys.list': () => ok([]),
  'sshKeys.inspect': () => ok({ type: 'ssh-ed25519', fingerprint: '6a:ee:d4:11:b6:69:85:f6:a7:f6:2e:79:bb:fc:e1:15', comment: '' }),
  'sshKeys.add': ({ name, publicKey }) => ok({ id: 41520400, name, public_key: publicKey, fingerprint: '6a:ee:d4:11:b6:69:85:f6:a7:f6:2e:79:bb:fc:e1:15' }),
  'sshKeys.rename': ({ id, name }) => ok({ id, name, public_key: 'ssh-ed25519 AAAA', fingerprint: '6a:ee:d4:11:b6:69:85:f6:a7:f6:2e:79:bb:fc:e1:15' }),
  'sshKeys.delete': ({ id }) => ok({ id }),
  'sshKeys.readFile': () => ok({}),
  'actions.history': () => ok({ actions: [], page: 1, perPage: 20, total: 0 }),
  'actions.recent': () => ok([]),
  'app.info': () => ok(sampleAppInfo),
  'app.windowVisibility': ({ hidden }) => ok({ hidden }),
  'app.reachability': () => ok({ reachable: true }),
  'preferences.get': () => ok(samplePreferences),
  'preferences.update': () => ok(samplePreferences),
  'accounts.list': () => ok(demoOnly),
  'accounts.add': () => ok(sampleAccount),
  'accounts.remove': () => ok({ id: sampleAccount.id }),
  'accounts.switch': () => ok(activeAccount),
  'accounts.current': () => ok(noAccount),
  'actions.tracked': () => ok([]),
  'droplets.list': () => ok([]),
  'droplets.get': () => ok(sampleDroplet),
  'droplets.create': () => ok({ droplets: [{ ...sampleDropletRow, status: 'new' }], actions: [] }),
  'droplets.delete': () => ok({ id: sampleDroplet.id }),
  'droplets.deleteByTag': () => ok({ tagName: 'env:prod' }),
  'droplets.associatedResources': () => ok({ reserved_ips: [], floating_ips: [], snapshots: [], volumes: [], volume_snapshots: [] }),
  'droplets.runAction': () => ok(sampleStartedAction),
  'droplets.runActionByTag': () => ok([sampleStartedAction]),
  'droplets.kernels': () => ok([]),
  'droplets.snapshots': () => ok([]),
  'droplets.backups': () => ok([]),
  'droplets.actions': () => ok([]),
  'droplets.neighbors': () => ok([]),
  'droplets.backupPolicy': () => ok({ droplet_id: sampleDroplet.id, backup_enabled: false }),
  'droplets.metrics': () => ok({ status: 'success', data: { resultType: 'matrix', result: [] } }),
  'tags.list': () => ok([]),
  'tags.create': () => ok({ name: 'env:prod' }),
  'tags.delete': () => ok({ name: 'env:prod' }),
  'tags.tagResources': () => ok({ name: 'env:prod' }),
  'tags.untagResources': () => ok({ name: 'env:prod' }),
  // Kept in fake-workflows.ts: a started workflow is listed (done at once) until a test says otherwise.
  'workflows.start': (request) => ok(putWorkflow(finishedWorkflow(request))),
  'workflows.list': () => ok(listWorkflows()),
  'workflows.retry': ({ id }) => {
    const workflow = listWorkflows().find((one) => one.id === id);
    return workflow ? ok(workflow) : fail({ kind: 'not_found', message: 'That workflow is no longer known.' });
  },
  'workflows.dismiss': ({ id }) => {
    dismissWorkflow(id);
    return ok({ id });
  },
  // Nothing kept on this computer yet: a list starts empty until it loads, as on a first start.
  'lists.lastKnown': () => ok(null),
});

let replies = defaultReplies();
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

// The options are recorded with the call, so a test can see the priority a fetch asked for.
const operation = <K extends OperationName>(name: K) =>
  vi.fn(async (request: RequestOf<K>, _options?: BridgeCallOptions) => (replies[name] as Reply<K>)(request));

type FakeMethods = { [K in OperationName]: ReturnType<typeof operation<K>> };

/** A mock per name on the contract's list: `defaultReplies` is what must grow with a new operation. */
export const bridge = {
  ...(Object.fromEntries(operationNames.map((name) => [name, operation(name)])) as FakeMethods),
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
  resetWorkflows();
  listeners.clear();
  for (const method of Object.values(bridge)) if (vi.isMockFunction(method)) method.mockClear();
};
