import type { ApiReachability, AppInfo } from '../../../shared/app-types';
import type { PublicKeyFile } from '../../../shared/operations/ssh-keys';
import type { AccountsService } from '../accounts/accounts-service';
import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';
import type { LastKnownLists } from '../last-known/last-known-lists';
import type { EventBus } from '../event-bus';
import type { ResourceNames } from '../resource-names';
import type { SettingsStore } from '../settings-store';
import type { ActionTracker } from '../tracker/action-tracker';
import type { RecentSettled } from '../tray/recent-settled';
import type { WorkflowService } from '../workflows/workflow-service';

/** Everything a handler may use; each area's handlers take what they need from it. */
export interface HandlerDeps {
  info: AppInfo;
  accounts: AccountsService;
  /** The active account's DigitalOcean client. */
  sessions: ApiSessions;
  tracker: ActionTracker;
  /** Fill it from whatever a handler lists or reads, so the tracker can name actions it did not start. */
  resourceNames: ResourceNames;
  /** Each account's last complete droplet and image lists, for a warm start. */
  lastKnown: LastKnownLists;
  /** Small non-secret state: where the notification and tray preferences are kept. */
  settings: SettingsStore;
  /** The current account's last settled actions, newest first (cleared on a switch). */
  recentSettled: RecentSettled;
  /** The current account's multi-step work (power off then resize, deletes, batches), run here rather than in a window. */
  workflows: WorkflowService;
  /** The desktop's file dialog for a `.pub` file (read and size-checked); absent in browser mode. */
  pickPublicKeyFile?: () => Promise<PublicKeyFile | null>;
  /** Whether DigitalOcean answered the last request, and since when it has not. */
  reachability: () => ApiReachability;
  /** Where a handler pushes what it has before it answers (a list's pages as they arrive). */
  events: Pick<EventBus, 'emit'>;
  /** Epoch ms on the clock DigitalOcean's timestamps are compared with (the simulator's, in tests). */
  now: () => number;
}

/** One area's share of the handler map. */
export type AreaHandlers<K extends keyof Handlers> = Pick<Handlers, K>;
