import type { DoubtCause } from './actions/words';
import type { Action } from './do-types';

/**
 * What the action tracker tells the UI about DigitalOcean work in progress: actions (power, snapshot,
 * resize…) and custom image imports, which DigitalOcean reports through the image's status instead.
 */

/** The kinds of resource the panel tracks work on. */
export const trackedResourceTypes = ['droplet', 'image'] as const;

export type TrackedResourceType = (typeof trackedResourceTypes)[number];

/** The resource an action touches, named as the panel shows it. */
export interface TrackedResource {
  type: TrackedResourceType;
  id: number;
  name: string;
}

/** Why there is no estimate: nothing to base one on, no size for a per-GB estimate, or already past it. */
export type IndeterminateReason = 'no-basis' | 'size-unknown' | 'overdue';

/**
 * DigitalOcean reports no percentage, so progress is an estimate from durations: this account's own
 * completed runs (`learned`) or the catalogue's documented or typical figure (`prior`). `expectedMs` is
 * the central guess and `lowMs`–`highMs` the range the whole duration should fall in, both counted from
 * the action's start (not time left); `upperBound` says the size it rests on is only an upper bound
 * (a snapshot sized by its disk because nothing says how much data it holds). `fraction` (elapsed over
 * `expectedMs`) stays below 1 until the API says the work is done; past `highMs`, or when there is
 * nothing honest to say, the progress is `indeterminate`.
 */
export type ActionProgress =
  | {
      kind: 'estimate';
      fraction: number;
      etaMs: number;
      expectedMs: number;
      lowMs: number;
      highMs: number;
      basis: 'learned' | 'prior';
      upperBound?: true;
      /** How many of the account's completed runs a learned estimate rests on, for its tooltip. */
      samples?: number;
    }
  | { kind: 'indeterminate'; reason: IndeterminateReason };

/** A DigitalOcean action, or a custom image import (tracked through the image's `status`). */
export type TrackedKind = 'action' | 'image-import';

interface TrackedBase {
  /** `action:<id>` or `image-import:<image id>`: unique across both kinds. */
  key: string;
  kind: TrackedKind;
  /** The action's id; for an image import, the image's. */
  id: number;
  /** The action type (`power_off`, `snapshot`…), or `image_import`. */
  type: string;
  resource: TrackedResource;
  /** ISO 8601, as DigitalOcean reports it. */
  startedAt: string;
  /** Started from this panel (false: adopted on start-up or seen on the account, started elsewhere). */
  startedByUser: boolean;
  /** The panel's request for it failed in a way that left its outcome in doubt (why), and it was then found among the account's actions. */
  foundAfter?: DoubtCause;
  elapsedMs: number;
}

/** Work still running. */
export interface InFlightAction extends TrackedBase {
  status: 'in-progress';
  progress: ActionProgress;
  /**
   * ISO 8601: when DigitalOcean last confirmed this work's status, set while the tracker's polls for
   * it fail (the status shown may no longer be true) and gone once a poll succeeds.
   */
  unconfirmedSince?: string;
}

/** Work that ended, as DigitalOcean reported it. */
export interface SettledAction extends TrackedBase {
  status: 'completed' | 'errored';
  completedAt: string;
  /** A failed image import's `error_message`, or why the tracker lost sight of the work; DigitalOcean gives no reason for an errored action. */
  errorMessage?: string;
}

export type TrackedAction = InFlightAction | SettledAction;

/** The `actions.progress` event: every tracked action in flight (the whole list, not a delta). */
export interface ActionsProgress {
  actions: InFlightAction[];
}

/** The `actions.settled` event: one tracked action or import ended. */
export interface ActionSettled {
  action: SettledAction;
  outcome: 'completed' | 'errored';
  durationMs: number;
  resource: TrackedResource;
  startedByUser: boolean;
  errorMessage?: string;
  /** The bulk send (a workflow's id, or one by-tag send's) it was one of: told in that send's one summary, not on its own. */
  batch?: string;
}

/** The `actions.batchSettled` event: every action one bulk send started has ended; one summary for all of them. */
export interface BatchSettled {
  batch: string;
  /** The action type every one of them was (`reboot`, `snapshot`…). */
  type: string;
  resourceType: TrackedResourceType;
  completed: number;
  /** The ones that errored, with DigitalOcean's reason where it gave one. */
  failures: { resource: TrackedResource; errorMessage?: string }[];
}

/** When the desktop app shows a notification as tracked work ends. */
export const notificationModes = ['all', 'errors', 'never'] as const;

export type NotificationMode = (typeof notificationModes)[number];

export interface NotificationPreferences {
  mode: NotificationMode;
  /** Also notify about actions started elsewhere (the control panel, doctl, scheduled backups). */
  includeOthers: boolean;
}

export const defaultNotificationPreferences: NotificationPreferences = { mode: 'all', includeOthers: false };

/**
 * Whether the preferences want a settled action told: the mode, then whether it was started from this
 * panel or elsewhere. One rule for the desktop notification and the browser-mode toast.
 */
export const wantsNotification = (settled: Pick<ActionSettled, 'outcome' | 'startedByUser'>, preferences: NotificationPreferences): boolean =>
  preferences.mode !== 'never' &&
  (preferences.mode !== 'errors' || settled.outcome === 'errored') &&
  (settled.startedByUser || preferences.includeOthers);

/** Whether the preferences want a batch's summary told: a bulk send is always the user's own. */
export const wantsBatchNotification = (summary: Pick<BatchSettled, 'failures'>, preferences: NotificationPreferences): boolean =>
  preferences.mode !== 'never' && (preferences.mode !== 'errors' || summary.failures.length > 0);

/**
 * An action the panel started: DigitalOcean's record of it, and the tracker's view while it runs.
 * `tracked` is null when the action had already ended by the time DigitalOcean answered (the tracker
 * then emitted `actions.settled` at once) or when DigitalOcean's answer names no action to follow.
 */
export interface StartedAction {
  action: Action;
  tracked: InFlightAction | null;
}

