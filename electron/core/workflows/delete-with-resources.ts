import type { SelectiveDestroyAssociatedResource } from '../../../shared/do-types';
import type { WorkflowStart } from '../../../shared/operations/workflows';
import type { DeleteWithResourcesWorkflow } from '../../../shared/workflow-types';
import { toPanelError } from '../errors';
import type { FlowDeps } from './flow-deps';
import { sendOnce } from './send-once';
import type { WorkflowRun } from './workflow-run';

type Selection = Extract<WorkflowStart, { kind: 'delete-with-resources' }>['resources'];

/** Send the delete (a write), then follow DigitalOcean's status of it. */
export const deleteSteps = ['delete', 'follow'] as const;

/** DigitalOcean reports no end to wait for but its status: asked this often until it says it is over. */
export const DELETE_POLL_MS = 2_000;
/** Status checks that fail in a row (each already retried by the client) before the flow stops following. */
const POLL_FAILURES = 5;

const background = { priority: 'background' } as const;

const selective = (selection: Exclude<Selection, 'all'>): SelectiveDestroyAssociatedResource => ({
  snapshots: selection.snapshots,
  volumes: selection.volumes,
  volume_snapshots: selection.volumeSnapshots,
  reserved_ips: selection.reservedIps,
});

/**
 * Follows the delete through DigitalOcean's status until it is over: done when everything went,
 * waiting for a decision (retry or dismiss) when something could not be deleted. A report finished
 * at `staleCompletedAt` is the one from before a retry, which DigitalOcean may still show for a moment.
 */
const follow =
  (run: WorkflowRun<DeleteWithResourcesWorkflow>, deps: FlowDeps, step: string, staleCompletedAt?: string, failedChecks = 0) =>
  async (): Promise<void> => {
    const [id] = run.workflow.resource.ids as [number];
    let status;
    try {
      status = await deps.client.associatedResources.status(id, background);
    } catch (error) {
      // Even a 404 is asked again: DigitalOcean may not report a delete it accepted a moment ago.
      if (failedChecks + 1 >= POLL_FAILURES) return run.fail(step, toPanelError(error));
      return run.later(follow(run, deps, step, staleCompletedAt, failedChecks + 1), DELETE_POLL_MS * 2 ** (failedChecks + 1));
    }
    const over = status.completed_at !== undefined && status.completed_at !== '' && status.completed_at !== staleCompletedAt;
    run.update((workflow) => {
      workflow.deleteStatus = status;
    });
    if (!over) return run.later(follow(run, deps, step, staleCompletedAt), DELETE_POLL_MS);
    const failures = status.failures ?? 0;
    if (failures === 0) {
      run.done(step);
      return run.end('done');
    }
    run.failOne(step, { kind: 'server', message: `DigitalOcean could not delete ${failures} of them.` });
    run.end('needs-decision');
  };

/** Deletes the Droplet with the chosen associated resources (or all of them): one request, then its status. */
export const runDeleteWithResources = (run: WorkflowRun<DeleteWithResourcesWorkflow>, deps: FlowDeps, selection: Selection): void => {
  const [id] = run.workflow.resource.ids as [number];
  run.later(async () => {
    const { associatedResources } = deps.client;
    const sent = await sendOnce(run, 'delete', 'delete request', () =>
      selection === 'all' ? associatedResources.destroyDangerous(id) : associatedResources.destroySelective(id, selective(selection)),
    );
    if (!sent) return;
    if (!sent.ok) return run.fail('delete', sent.error);
    run.done('delete');
    run.running('follow');
    run.later(follow(run, deps, 'follow'), DELETE_POLL_MS);
  });
};

/**
 * Asks DigitalOcean once more to delete what the delete left (its own retry, one request), then follows
 * it again. A retry it refuses (409 while a delete still runs) leaves the decision with the person.
 */
export const retryDeleteWithResources = (run: WorkflowRun<DeleteWithResourcesWorkflow>, deps: FlowDeps): void => {
  const [id] = run.workflow.resource.ids as [number];
  const attempt = run.workflow.steps.filter((step) => step.name.startsWith('retry')).length + 1;
  const retry = `retry-${attempt}`;
  const again = `follow-${attempt}`;
  const before = run.workflow.deleteStatus?.completed_at;
  run.addSteps(retry, again);
  run.later(async () => {
    const sent = await sendOnce(run, retry, 'retry request', () => deps.client.associatedResources.retry(id));
    if (!sent) return;
    if (!sent.ok) {
      run.failOne(retry, sent.error);
      run.skip(again);
      return run.end('needs-decision');
    }
    run.done(retry);
    run.running(again);
    run.later(follow(run, deps, again, before), DELETE_POLL_MS);
  });
};
