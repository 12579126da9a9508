import type { AppInfo, Runtime } from '../../shared/app-types';
import type { EventPayloadOf } from '../../shared/events';
import type { PublicKeyFile } from '../../shared/operations/ssh-keys';
import { createAccountRecords } from './accounts/account-records';
import { createAccountsService, demoAccountId, environmentAccountId, type AccountsService, type StartDemo } from './accounts/accounts-service';
import { createFetchAccount } from './accounts/fetch-account';
import { createApiReachability } from './api-reachability';
import { createApiSessions, type ApiSessions } from './api-session';
import type { FileSizeProbe } from './file-size';
import { apiBaseUrl } from './config';
import { createDispatch, type Dispatch } from './dispatch';
import { createEventBus, type EventBus } from './event-bus';
import { createHandlers } from './handlers';
import { createLastKnownLists } from './last-known/last-known-lists';
import { adoptedContext, MEASURE_AFTER_MS, measuredSnapshotSize } from './handlers/work-size';
import { createResourceNames } from './resource-names';
import type { Logger } from './log';
import { createMemorySettingsStore, type SettingsStore } from './settings-store';
import { createActionTracker, type ActionTracker } from './tracker/action-tracker';
import { createAccountDurations, type AccountDurations } from './tracker/durations';
import { createHistoryReads, type HistoryReads } from './tracker/history-reads';
import { systemScheduler, type Scheduler } from './tracker/scheduler';
import { createRecentSettled } from './tray/recent-settled';
import type { SecretStore } from './vault/secret-store';
import { createWorkflowService, type WorkflowService } from './workflows/workflow-service';

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
  /**
   * Each account's last complete droplet and image lists (`last-known-lists`, beside the settings): a
   * store of its own, since 10,000 rows are several MB. Memory when not given.
   */
  lastKnownLists?: SettingsStore;
  /** How the main side reaches DigitalOcean: Electron's `net.fetch` (bound) in the app, Node's fetch otherwise. */
  fetch: typeof fetch;
  /** When the action tracker's ticks run; the system timers unless a test drives them. */
  scheduler?: Scheduler;
  /** Starts the in-process simulator behind the demo account, the first time it is needed. */
  startDemo: StartDemo;
  /** The demo account is active for this session (browser mode's `--demo`). */
  demoSession?: boolean;
  /** The desktop's file dialog for a public key file; browser mode has none. */
  pickPublicKeyFile?: () => Promise<PublicKeyFile | null>;
  /**
   * Read each account's recent action history once, on first connect, to estimate from (on unless a
   * test that counts requests turns it off).
   */
  readEstimateHistory?: boolean;
  /**
   * How the sizes of files to import are asked of their hosts (an import's estimate from its start);
   * a HEAD through `fetch` unless a test stands in for the internet's file hosts.
   */
  fileSize?: FileSizeProbe;
}

/** The main side's services, wired once and shared by whichever transport serves them. */
export interface Core {
  dispatch: Dispatch;
  events: EventBus;
  info: AppInfo;
  accounts: AccountsService;
  sessions: ApiSessions;
  tracker: ActionTracker;
  workflows: WorkflowService;
  /** Each account's learned durations. */
  durations: AccountDurations;
  /** Each account's one history read for estimates. */
  historyReads: HistoryReads;
  /** Stops what the services started (polling, workflows, the demo's simulator). */
  close(): Promise<void>;
}

const background = { priority: 'background' } as const;

/** How many settled actions `actions.recent` answers with. */
const RECENT_ACTIVITY_LIMIT = 50;
/** While nothing runs, one small read of the account's newest actions a minute: at most 60 requests an hour idle. */
const IDLE_WATCH_MS = 60_000;
/** The same while the window is hidden and nothing is wanted from the tray: 12 an hour. */
const IDLE_WATCH_HIDDEN_MS = 5 * 60_000;

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
  lastKnownLists = createMemorySettingsStore(),
  fetch,
  scheduler = systemScheduler,
  startDemo,
  demoSession = false,
  pickPublicKeyFile,
  readEstimateHistory = true,
  fileSize,
}: CoreOptions): Core => {
  const info: AppInfo = { name, version, runtime, platform, versions, apiBaseUrl: apiBaseUrl(env) };
  const events = createEventBus({ onError: (error) => log.error('an event subscriber failed', error) });
  // Each account's expected durations, learned from its own completed actions.
  // A session-only account gets a new id each session: its runs stay in memory rather than pile up in settings.
  const savedAccounts = createAccountRecords(settings, log.child('accounts'));
  const isSaved = (id: string): boolean => savedAccounts.load().some((record) => record.id === id);
  const durations = createAccountDurations(
    settings,
    log.child('estimates'),
    (id) => id === demoAccountId || id === environmentAccountId || isSaved(id),
  );
  // The environment's token may be another team's next time: its lists, like a session account's, stay in memory.
  const lastKnown = createLastKnownLists({
    store: lastKnownLists,
    scheduler,
    log: log.child('last-known'),
    persists: (id) => id === demoAccountId || isSaved(id),
  });
  const accounts = createAccountsService({
    secrets,
    settings,
    env,
    fetchAccount: createFetchAccount({ fetch, log: log.child('account-check') }),
    startDemo,
    events,
    log: log.child('accounts'),
    demoSession,
    onRemoved: (id) => {
      lastKnown.forget(id);
      durations.forget(id);
    },
  });
  // One for the panel: it hears every request the active account's client makes.
  const reachability = createApiReachability(events, () => scheduler.now());
  const sessions = createApiSessions({
    accounts,
    fetch,
    log: log.child('api'),
    onRateLimited: (retryInMs) => events.emit('api.rateLimited', { retryInMs }),
    onReachable: reachability.report,
    ...(fileSize ? { fileSize } : {}),
  });
  const resourceNames = createResourceNames();
  // Polling is background work: the governor lets it wait so the user's clicks never do.
  const tracker = createActionTracker({
    client: {
      listActions: async (perPage, page = 1) => (await (await sessions.client()).actions.list({ page, per_page: perPage }, background)).items,
      getAction: async (id) => (await sessions.client()).actions.get(id, background),
      getImage: async (id) => (await sessions.client()).images.get(id, background),
    },
    scheduler,
    durations,
    settings,
    events,
    log: log.child('tracker'),
    describe: async (action) => adoptedContext(resourceNames, action),
    // The session of the account whose work it was, taken as the work settles; asked a little later,
    // once the window's own by-id reads of the droplet and its new snapshot have had their chance.
    measure: (item) =>
      item.type === 'snapshot' && item.resource.type === 'droplet'
        ? sessions.client().then(
            (client) =>
              new Promise<number | undefined>((resolve, reject) => {
                scheduler.setTimeout(() => measuredSnapshotSize(client, resourceNames, item.resource.id).then(resolve, reject), MEASURE_AFTER_MS);
              }),
          )
        : undefined,
    nameOf: (type, id) => resourceNames.describe({ resource_type: type, resource_id: id })?.resourceName,
    idleWatchMs: IDLE_WATCH_MS,
    idleWatchHiddenMs: IDLE_WATCH_HIDDEN_MS,
  });
  // Beside the tracker, whose settled events move a "power off, then resize" on.
  const workflows = createWorkflowService({ sessions, names: resourceNames, tracker, events, scheduler, log: log.child('workflows') });
  // What settled lately, for the Activity view: a longer memory than the tray's few.
  const recentSettled = createRecentSettled(RECENT_ACTIVITY_LIMIT);
  const historyReads = createHistoryReads({ sessions, durations, resourceNames, log: log.child('estimates'), now: () => new Date(scheduler.now()).toISOString() });
  // Each account has its own actions, workflows and durations: forget the last one's and pick up what runs on the new one.
  const followAccount = (activeId: string | null): void => {
    tracker.reset();
    workflows.reset();
    resourceNames.forget();
    recentSettled.clear();
    durations.use(activeId);
    if (activeId === null) return;
    void tracker.resume();
    if (readEstimateHistory) historyReads.start(activeId);
  };
  events.subscribe((event, payload) => {
    if (event === 'account.changed') followAccount((payload as { activeId: string | null }).activeId);
    if (event === 'actions.settled') recentSettled.add(payload as EventPayloadOf<'actions.settled'>);
  });
  void accounts.activeCredentials().then(
    (credentials) => credentials && followAccount(credentials.accountId),
    (error: unknown) => log.warn('could not read the active account at start', error),
  );

  const dispatch = createDispatch(createHandlers({
      info,
      accounts,
      sessions,
      tracker,
      resourceNames,
      settings,
      lastKnown,
      recentSettled,
      workflows,
      reachability: reachability.current,
      events,
      now: () => scheduler.now(),
      ...(pickPublicKeyFile ? { pickPublicKeyFile } : {}),
    }), log.child('dispatch'));
  return {
    dispatch,
    events,
    info,
    accounts,
    sessions,
    tracker,
    workflows,
    durations,
    historyReads,
    close: async () => {
      lastKnown.flush();
      tracker.stop();
      workflows.reset();
      await accounts.close();
    },
  };
};
