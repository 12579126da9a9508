import type { DoClient } from '../do-client';
import type { ResourceNames } from '../resource-names';
import type { ActionTracker } from '../tracker/action-tracker';
import type { SettledWaiter } from './settled-waiter';

/** What a workflow's steps use: the client of the account it was started on, never a later one's. */
export interface FlowDeps {
  client: DoClient;
  names: ResourceNames;
  tracker: ActionTracker;
  settled: SettledWaiter;
}
