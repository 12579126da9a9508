import type { AppInfo, Runtime } from '../../shared/app-types';
import { createAccountsService, type AccountsService, type StartDemo } from './accounts/accounts-service';
import type { FetchAccount } from './accounts/fetch-account';
import { apiBaseUrl } from './config';
import { createDispatch, type Dispatch } from './dispatch';
import { createEventBus, type EventBus } from './event-bus';
import { createHandlers } from './handlers';
import type { Logger } from './log';
import type { SettingsStore } from './settings-store';
import type { SecretStore } from './vault/secret-store';

export interface CoreOptions {
  runtime: Runtime;
  name: string;
  version: string;
  env: Readonly<Record<string, string | undefined>>;
  versions: AppInfo['versions'];
  platform: string;
  log: Logger;
  /** Where account tokens are kept: the OS keychain in both runtimes, memory in tests. */
  secrets: SecretStore;
  /** Small non-secret state: the accounts and which one is active. */
  settings: SettingsStore;
  /** `GET /v2/account`, to validate a token and learn whose it is. */
  fetchAccount: FetchAccount;
  /** Starts the in-process simulator behind the demo account, the first time it is needed. */
  startDemo: StartDemo;
  /** The demo account is active for this session (browser mode's `--demo`). */
  demoSession?: boolean;
}

/** The main side's services, wired once and shared by whichever transport serves them. */
export interface Core {
  dispatch: Dispatch;
  events: EventBus;
  info: AppInfo;
  accounts: AccountsService;
  /** Stops what the services started (the demo's simulator). */
  close(): Promise<void>;
}

export const createCore = ({
  runtime,
  name,
  version,
  env,
  versions,
  platform,
  log,
  secrets,
  settings,
  fetchAccount,
  startDemo,
  demoSession = false,
}: CoreOptions): Core => {
  const info: AppInfo = { name, version, runtime, platform, versions, apiBaseUrl: apiBaseUrl(env) };
  const events = createEventBus();
  const accounts = createAccountsService({
    secrets,
    settings,
    env,
    fetchAccount,
    startDemo,
    events,
    log: log.child('accounts'),
    demoSession,
  });
  const dispatch = createDispatch(createHandlers({ info, accounts }), log.child('dispatch'));
  return { dispatch, events, info, accounts, close: () => accounts.close() };
};
