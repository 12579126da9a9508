import type { PanelError } from '../../../shared/result';
import { toPanelError } from '../errors';
import type { WorkflowRun } from './workflow-run';

/** How a write step went: DigitalOcean's answer, or why it failed in words the person can act on. */
export type Sent<T> = { ok: true; value: T } | { ok: false; error: PanelError };

/**
 * A write that got no answer may still have reached DigitalOcean and acted. It is not sent again (a
 * POST is not idempotent): the person is told to look before trying again.
 */
export const writeFailure = (error: unknown, what: string): PanelError => {
  const detail = toPanelError(error);
  if (detail.kind !== 'network' && detail.kind !== 'timeout') return detail;
  return {
    kind: detail.kind,
    message: `Outcome unknown — the connection broke while the ${what} was being sent, so DigitalOcean may have received it. Check the droplet before trying again.`,
  };
};

/**
 * Sends a write step at most once: it is marked sent before the request goes, and never sent again
 * (the client does not retry writes either). Undefined when nothing was sent: the run is over (the
 * account changed), or the step went already.
 */
export const sendOnce = async <T>(run: WorkflowRun, step: string, what: string, send: () => Promise<T>): Promise<Sent<T> | undefined> => {
  if (!run.alive() || !run.markSent(step)) return undefined;
  try {
    return { ok: true, value: await send() };
  } catch (error) {
    return { ok: false, error: writeFailure(error, what) };
  }
};
