import { randomUUID } from 'node:crypto';
import type {
  Account,
  AccountHealth,
  AccountKind,
  AccountList,
  AccountSummary,
  CurrentAccount,
  DescribedAccount,
  KeychainAvailability,
  RequestableStorage,
  TokenStorage,
} from '../../../shared/account-types';
import { apiBaseUrl } from '../config';
import type { DemoApi } from '../demo-api';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { Logger } from '../log';
import type { SettingsStore } from '../settings-store';
import { createMemorySecretStore } from '../vault/memory-store';
import type { SecretStore } from '../vault/secret-store';
import { createAccountRecords, type TokenAccountRecord } from './account-records';
import type { AccountFacts, ApiCredentials, FetchAccount } from './fetch-account';

export type Env = Readonly<Record<string, string | undefined>>;

/** Starts the in-process simulator the demo account talks to (`startDemoApi` in production). */
export type StartDemo = () => Promise<DemoApi>;

/** The built-in demo account's id; it needs no token. */
export const demoAccountId = 'demo';
/** The id of the session-only account `DIGITALOCEAN_ACCESS_TOKEN` provides. */
export const environmentAccountId = 'environment';

const demoName = 'Demo';
const environmentName = 'DIGITALOCEAN_ACCESS_TOKEN';

/** How the rest of the main side talks to the API as the active account. Never leaves the main side. */
export interface ActiveCredentials extends ApiCredentials {
  accountId: string;
}

export interface NewAccount {
  name: string;
  token: string;
  storage: RequestableStorage;
}

/**
 * Several named accounts, like doctl's contexts, one of them active. Tokens live in the keychain
 * (or in memory for session-only accounts); the records and the active choice live in settings.
 */
export interface AccountsService {
  /** Every account with its status, and whether the keychain can take new tokens. Never a token. */
  list(): Promise<AccountList>;
  /** The active account with its summary; asks DigitalOcean the first time for demo and environment. */
  current(): Promise<CurrentAccount>;
  /** Validates the token with `GET /v2/account` first; nothing is kept when it is refused. */
  add(account: NewAccount): Promise<DescribedAccount>;
  /** Forgets a token account and deletes its token. The demo and environment accounts cannot be removed. */
  remove(id: string): Promise<void>;
  /** Makes an account active and saves the choice; demo and environment accounts are checked first. */
  switch(id: string): Promise<CurrentAccount>;
  /** Base URL and token for the active account, or undefined when none is active. */
  activeCredentials(): Promise<ActiveCredentials | undefined>;
  /** The active account's id without reading its token (what is kept for it on this computer is found by it). */
  activeId(): string | undefined;
  /** The API the active account talks to: the simulator's for the demo, the configured one otherwise. */
  apiBaseUrl(): Promise<string>;
  /** Stops the demo's simulator if it was started. */
  close(): Promise<void>;
}

export interface AccountsServiceOptions {
  /** The keychain. */
  secrets: SecretStore;
  settings: SettingsStore;
  env: Env;
  fetchAccount: FetchAccount;
  startDemo: StartDemo;
  events: EventBus;
  log: Logger;
  /** Browser mode's `--demo`: the demo account is active for this session; the saved choice stays for the next. */
  demoSession?: boolean;
  now?: () => Date;
  newId?: () => string;
  /** After an account is removed: what else was kept for it (its learned durations) goes too. */
  onRemoved?: (id: string) => void;
}

/** One account however it is backed; `record` is set for token accounts only. */
interface Entry {
  id: string;
  name: string;
  kind: AccountKind;
  storage: TokenStorage;
  record?: TokenAccountRecord;
}

const summaryOf = (facts: Pick<AccountFacts, 'email' | 'team' | 'dropletLimit'>): AccountSummary => ({
  email: facts.email,
  ...(facts.team === undefined ? {} : { team: facts.team }),
  dropletLimit: facts.dropletLimit,
});

const entryOf = (record: TokenAccountRecord): Entry => ({
  id: record.id,
  name: record.name,
  kind: 'token',
  storage: record.storage,
  record,
});

const noSuchAccount = (): AppError =>
  AppError.of('not_found', 'There is no such account. It may have been removed; reload the list of accounts.');

export const createAccountsService = ({
  secrets,
  settings,
  env,
  fetchAccount,
  startDemo,
  events,
  log,
  demoSession = false,
  now = () => new Date(),
  newId = randomUUID,
  onRemoved,
}: AccountsServiceOptions): AccountsService => {
  const records = createAccountRecords(settings, log);
  const sessionSecrets = createMemorySecretStore();
  let sessionRecords: TokenAccountRecord[] = [];
  /** Set by `--demo` until the user switches; otherwise the saved choice decides. */
  let sessionActiveId: string | undefined = demoSession ? demoAccountId : undefined;
  /** What DigitalOcean said about the demo and environment accounts, asked once. */
  const learned = new Map<string, Promise<AccountSummary>>();
  const known = new Map<string, AccountSummary>();
  let demoApi: Promise<DemoApi> | undefined;
  let mutations: Promise<unknown> = Promise.resolve();

  const environmentToken = (): string | undefined => env.DIGITALOCEAN_ACCESS_TOKEN?.trim() || undefined;

  const tokenRecords = (): TokenAccountRecord[] => [...records.load(), ...sessionRecords];

  const entries = (): Entry[] => [
    ...(environmentToken() ? [{ id: environmentAccountId, name: environmentName, kind: 'environment', storage: 'session' } as const] : []),
    ...tokenRecords().map(entryOf),
    { id: demoAccountId, name: demoName, kind: 'demo', storage: 'none' },
  ];

  const find = (id: string): Entry | undefined => entries().find((entry) => entry.id === id);

  const activeEntry = (): Entry | undefined => {
    const id = sessionActiveId ?? records.activeId();
    return id === undefined ? undefined : find(id);
  };

  /** One change at a time, so two adds of the same token cannot both pass the duplicate check. */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = mutations.then(work);
    mutations = run.catch(() => undefined);
    return run;
  };

  const emitChanged = (): void => {
    events.emit('account.changed', { activeId: activeEntry()?.id ?? null });
  };

  const ensureDemo = (): Promise<DemoApi> => {
    if (!demoApi) {
      const starting = startDemo().catch((error: unknown) => {
        log.error('the demo API could not start', error);
        throw AppError.of('unavailable', 'The demo (the built-in DigitalOcean simulator) could not start. The details are in the log.');
      });
      demoApi = starting;
      // A failed start may be retried by the next caller.
      starting.catch(() => {
        if (demoApi === starting) demoApi = undefined;
      });
    }
    return demoApi;
  };

  const credentialsOf = async (entry: Entry): Promise<ApiCredentials> => {
    if (entry.kind === 'demo') {
      const demo = await ensureDemo();
      return { baseUrl: demo.baseUrl, token: demo.token, fileSize: demo.fileSize };
    }
    const baseUrl = apiBaseUrl(env);
    if (entry.kind === 'environment') {
      const token = environmentToken();
      if (!token) throw noSuchAccount();
      return { baseUrl, token };
    }
    const token = await (entry.storage === 'keychain' ? secrets : sessionSecrets).get(entry.id);
    if (!token) {
      throw AppError.of(
        'unauthorized',
        `The token for "${entry.name}" is no longer in the keychain. Remove the account and add it again with a token.`,
      );
    }
    return { baseUrl, token };
  };

  /** The account's summary: saved for token accounts, asked of DigitalOcean once for the others. */
  const learn = (entry: Entry): Promise<AccountSummary> => {
    if (entry.record) return Promise.resolve(summaryOf(entry.record));
    const pending = learned.get(entry.id);
    if (pending) return pending;
    const asking = credentialsOf(entry)
      .then(fetchAccount)
      .then((facts) => {
        const summary = summaryOf(facts);
        known.set(entry.id, summary);
        return summary;
      });
    learned.set(entry.id, asking);
    asking.catch(() => learned.delete(entry.id));
    return asking;
  };

  const health = async (entry: Entry, keychain?: KeychainAvailability): Promise<AccountHealth> => {
    if (entry.kind !== 'token') return 'ok';
    if (entry.storage === 'session') return (await sessionSecrets.get(entry.id)) ? 'ok' : 'token-missing';
    if (keychain && !keychain.available) return 'keychain-unavailable';
    try {
      return (await secrets.get(entry.id)) ? 'ok' : 'token-missing';
    } catch {
      return 'keychain-unavailable';
    }
  };

  const view = (entry: Entry, status: AccountHealth, active: boolean): Account => {
    const facts = entry.record ?? known.get(entry.id);
    return {
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      storage: entry.storage,
      ...(facts ? summaryOf(facts) : {}),
      ...(entry.record ? { addedAt: entry.record.addedAt } : {}),
      status,
      active,
    };
  };

  const current = async (): Promise<CurrentAccount> => {
    const entry = activeEntry();
    if (!entry) return { state: 'none', environmentTokenAvailable: environmentToken() !== undefined };
    const summary = await learn(entry);
    return { state: 'active', account: { ...view(entry, await health(entry), true), ...summary } };
  };

  const add = async ({ name, token, storage }: NewAccount): Promise<DescribedAccount> => {
    const wanted = name.trim();
    if (entries().some((entry) => entry.name.toLowerCase() === wanted.toLowerCase())) {
      throw AppError.of('conflict', `There is already an account named "${wanted}". Choose another name.`);
    }
    if (storage === 'keychain') {
      const keychain = await secrets.availability();
      if (!keychain.available) throw AppError.of('unavailable', keychain.explanation);
    }
    // Validated before anything is kept: a refused token is stored nowhere.
    const facts = await fetchAccount({ baseUrl: apiBaseUrl(env), token });
    const duplicate = tokenRecords().find((record) => record.uuid === facts.uuid);
    if (duplicate) {
      throw AppError.of('conflict', `This token belongs to ${facts.email}, which is already added as "${duplicate.name}".`);
    }
    const record: TokenAccountRecord = {
      id: newId(),
      name: wanted,
      kind: 'token',
      storage,
      uuid: facts.uuid,
      ...summaryOf(facts),
      addedAt: now().toISOString(),
    };
    if (storage === 'keychain') {
      await secrets.set(record.id, token);
      try {
        records.save([...records.load(), record]);
      } catch (error) {
        // Without its record the token would be an orphan in the keychain.
        await secrets.delete(record.id).catch(() => undefined);
        throw error;
      }
    } else {
      await sessionSecrets.set(record.id, token);
      sessionRecords = [...sessionRecords, record];
    }
    // The first account becomes the active one; after that, switching is the user's choice.
    if (!activeEntry()) {
      records.setActiveId(record.id);
      sessionActiveId = undefined;
    }
    log.info(`added account ${record.id} (token in ${storage === 'keychain' ? 'the keychain' : 'memory for this session'})`);
    emitChanged();
    return { ...view(entryOf(record), 'ok', activeEntry()?.id === record.id), ...summaryOf(record) };
  };

  const remove = async (id: string): Promise<void> => {
    const entry = find(id);
    if (!entry) throw noSuchAccount();
    if (entry.kind === 'demo') throw AppError.of('validation', 'The demo account is built in and cannot be removed.');
    if (entry.kind === 'environment') {
      throw AppError.of(
        'validation',
        'This account comes from DIGITALOCEAN_ACCESS_TOKEN. Unset it where the panel is started, then restart the panel.',
      );
    }
    if (entry.storage === 'keychain') {
      // The token goes first: if the keychain refuses, the account stays listed rather than leaving an orphan token.
      await secrets.delete(id);
      records.save(records.load().filter((record) => record.id !== id));
    } else {
      await sessionSecrets.delete(id);
      sessionRecords = sessionRecords.filter((record) => record.id !== id);
    }
    if (records.activeId() === id) records.setActiveId(null);
    log.info(`removed account ${id}`);
    try {
      onRemoved?.(id);
    } catch (error) {
      log.warn(`could not clear what was kept for account ${id}`, error);
    }
    emitChanged();
  };

  const switchTo = async (id: string): Promise<CurrentAccount> => {
    const entry = find(id);
    if (!entry) throw noSuchAccount();
    // The environment's token may be stale and the demo must be running: find out before switching.
    await learn(entry);
    records.setActiveId(id);
    sessionActiveId = undefined;
    log.info(`switched to account ${id}`);
    emitChanged();
    return current();
  };

  return {
    async list() {
      const keychain = await secrets.availability();
      const active = activeEntry();
      const accounts = await Promise.all(
        entries().map(async (entry) => view(entry, await health(entry, keychain), entry.id === active?.id)),
      );
      return { accounts, activeId: active?.id ?? null, keychain };
    },
    current,
    add: (account) => exclusive(() => add(account)),
    remove: (id) => exclusive(() => remove(id)),
    switch: (id) => exclusive(() => switchTo(id)),
    async activeCredentials() {
      const entry = activeEntry();
      return entry ? { accountId: entry.id, ...(await credentialsOf(entry)) } : undefined;
    },
    activeId: () => activeEntry()?.id,
    async apiBaseUrl() {
      return activeEntry()?.kind === 'demo' ? (await ensureDemo()).baseUrl : apiBaseUrl(env);
    },
    async close() {
      const running = demoApi;
      demoApi = undefined;
      learned.delete(demoAccountId);
      const demo = await running?.catch(() => undefined);
      await demo?.close();
    },
  };
};
