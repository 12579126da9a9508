import type { WorkflowStart } from '../../../shared/operations/workflows';
import type { PanelError } from '../../../shared/result';
import { snapshotNameFor, snapshotNameMaxLength } from '../../../shared/rules/snapshot-name-pattern';
import type { BulkActionWorkflow, BulkDeleteWorkflow } from '../../../shared/workflow-types';
import { mapLimited } from '../concurrency';
import { toPanelError } from '../errors';
import { dropletActionContext } from '../handlers/droplet-action-context';
import { followAction } from '../handlers/follow-actions';
import type { TrackContext } from '../tracker/action-tracker';
import type { FlowDeps } from './flow-deps';
import { sendOnce } from './send-once';
import type { WorkflowRun } from './workflow-run';

type EachAction = Extract<WorkflowStart, { kind: 'bulk-action' }>['action'];

/**
 * Requests in flight at once when a batch goes one request per Droplet. Small on purpose: the rate
 * governor paces every request of the token, and a few at a time leave room for the person's other
 * clicks while a long batch goes out.
 */
export const runEachConcurrency = 3;

/** The step of a batch that is about one Droplet. */
export const dropletStep = (id: number): string => `droplet:${id}`;

/** What this Droplet is sent: a snapshot named from the pattern with its name, or the action as it came. */
const actionFor = (action: EachAction, pattern: string | undefined, context: TrackContext): EachAction | PanelError => {
  if (action.type !== 'snapshot' || pattern === undefined) return action;
  const name = snapshotNameFor(pattern, context.resourceName);
  if (name.length > snapshotNameMaxLength) {
    return { kind: 'validation', message: `The snapshot name for ${context.resourceName} would be longer than ${snapshotNameMaxLength} characters.` };
  }
  return { type: 'snapshot', name };
};

/**
 * Runs `send` for each Droplet of the batch, a few at a time, then ends it: failed if any Droplet
 * failed. `whenSent` runs once the last request has gone, before the end is told.
 */
const runEach = (
  run: WorkflowRun<BulkActionWorkflow | BulkDeleteWorkflow>,
  send: (id: number, step: string) => Promise<void>,
  whenSent?: () => void,
): void =>
  run.later(async () => {
    await mapLimited(run.workflow.resource.ids, runEachConcurrency, async (id) => {
      if (run.alive()) await send(id, dropletStep(id));
    });
    if (!run.alive()) return;
    whenSent?.();
    run.end(run.workflow.steps.some((step) => step.status === 'failed') ? 'failed' : 'done');
  });

/**
 * One action to each Droplet, one request each, sent once and never retried. A refusal (a locked
 * Droplet's 422, a 404, a 429 the governor could not wait out) fails that Droplet's step with
 * DigitalOcean's message and request id; the others carry on. Each started action is followed by the
 * tracker, so its row shows its own progress; their settles are summed up once, as one batch.
 */
export const runBulkAction = (run: WorkflowRun<BulkActionWorkflow>, { client, names, tracker }: FlowDeps, action: EachAction, pattern?: string): void => {
  const batch = run.workflow.id;
  let started = 0;
  runEach(
    run,
    async (id, step) => {
      run.running(step);
      let context: TrackContext;
      let wanted: EachAction | PanelError;
      try {
        // Looked up before the request goes: a failed lookup then costs nothing and tempts no retry.
        context = await dropletActionContext(client, names, id, action, { askForSizes: false });
        wanted = actionFor(action, pattern, context);
      } catch (error) {
        return run.failOne(step, toPanelError(error));
      }
      if ('kind' in wanted) return run.failOne(step, wanted);
      const body = wanted;
      // The wire type is the spec's enum; every type a batch takes is in it.
      const sent = await sendOnce(run, step, `${action.type} request`, () => client.dropletActions.post(id, body));
      if (!sent) return;
      if (!sent.ok) return run.failOne(step, sent.error);
      started += 1;
      followAction(tracker, sent.value, { ...context, batch });
      run.done(step);
    },
    () => tracker.batchSent(batch, started, action.type, 'droplet'),
  );
};

/** `DELETE /v2/droplets/{id}` for each Droplet, once each; one refusal does not stop the rest. */
export const runBulkDelete = (run: WorkflowRun<BulkDeleteWorkflow>, { client }: FlowDeps): void =>
  runEach(run, async (id, step) => {
    const sent = await sendOnce(run, step, 'delete request', () => client.droplets.delete(id));
    if (!sent) return;
    if (sent.ok) run.done(step);
    else run.failOne(step, sent.error);
  });
