import type { Action } from '../../../shared/do-types';
import { notStartedText, outcomeUnknownText, type DoubtCause } from '../../../shared/actions/words';
import type { DoClient } from '../do-client';
import { AppError, toPanelError } from '../errors';

/** DigitalOcean's clock and the panel's may differ a little: an action this much older than the send may still be it. */
const CLOCK_SLACK_MS = 5_000;
/** The newest actions of the account: one started by the lost request is among them. */
const LOOK_BACK = 20;

/** What was sent, to recognise it among the account's actions. */
export interface SentAction {
  type: string;
  resourceType: 'droplet' | 'image';
  resourceId: number;
  resourceName: string;
  /** When the request went, on the clock DigitalOcean's timestamps are compared with. */
  sentAtMs: number;
  /**
   * The newest action id seen on the account before the send, when the panel has read its feed: the
   * lost action, if it started, has a larger one. Preferred to `sentAtMs`, which trusts two clocks.
   */
  newerThanId?: number;
}

/** A failure after which the request may still have reached DigitalOcean and acted: no answer, or a 5xx. */
const doubtOf = (error: unknown): DoubtCause | null => {
  const { kind, status } = toPanelError(error);
  if (kind === 'network') return 'connection';
  if (kind === 'timeout') return 'timeout';
  return status !== undefined && status >= 500 ? 'server' : null;
};

/** Started since the send: by id where the panel knows the account's newest one before it, else by time. */
const startedSince = (sent: SentAction, action: Action): boolean =>
  sent.newerThanId !== undefined && typeof action.id === 'number'
    ? action.id > sent.newerThanId
    : Date.parse(action.started_at ?? '') >= sent.sentAtMs - CLOCK_SLACK_MS;

const isIt = (sent: SentAction) => (action: Action) =>
  action.type === sent.type && action.resource_type === sent.resourceType && action.resource_id === sent.resourceId && startedSince(sent, action);

/** DigitalOcean's record of the action, and, when the send failed in doubt and it was found anyway, why it was in doubt. */
export interface PostedAction {
  action: Action;
  foundAfter?: DoubtCause;
}

/**
 * Sends an action request once and never again (a POST is not idempotent). When it failed in a way
 * that may have reached DigitalOcean, the doubt is resolved by reading, not by sending: the account's
 * newest actions either hold one of this type on this resource started since the send (that is the
 * answer, and it is followed like any other) or not (it did not start, and the error says so). If
 * even that read fails, the error says the outcome is unknown.
 */
export const postActionOnce = async (client: DoClient, sent: SentAction, post: () => Promise<Action>): Promise<PostedAction> => {
  try {
    return { action: await post() };
  } catch (error) {
    const cause = doubtOf(error);
    if (cause === null) throw error;
    const detail = toPanelError(error);
    const keep = { ...(detail.status === undefined ? {} : { status: detail.status }), ...(detail.requestId === undefined ? {} : { requestId: detail.requestId }) };
    let latest: Action[];
    try {
      latest = (await client.actions.list({ page: 1, per_page: LOOK_BACK })).items;
    } catch {
      throw AppError.of(detail.kind, outcomeUnknownText(sent.type, sent.resourceName, cause), keep);
    }
    const found = latest.find(isIt(sent));
    if (found) return { action: found, foundAfter: cause };
    throw AppError.of(detail.kind, notStartedText(sent.type, sent.resourceName, cause), keep);
  }
};
