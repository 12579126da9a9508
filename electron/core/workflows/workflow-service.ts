import type { WorkflowStart } from '../../../shared/operations/workflows';
import type { Workflow, WorkflowKind, WorkflowStep } from '../../../shared/workflow-types';
import type { ApiSessions } from '../api-session';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { Logger } from '../log';
import type { ResourceNames } from '../resource-names';
import type { ActionTracker } from '../tracker/action-tracker';
import type { Scheduler } from '../tracker/scheduler';
import { deleteSteps, retryDeleteWithResources, runDeleteWithResources } from './delete-with-resources';
import { dropletStep, runBulkAction, runBulkDelete } from './droplet-batch';
import type { FlowDeps } from './flow-deps';
import { resizeSteps, runResizeAfterPowerOff } from './resize-after-power-off';
import { createSettledWaiter } from './settled-waiter';
import { createWorkflowRun, type WorkflowRun } from './workflow-run';
import { createWorkflowStore } from './workflow-store';

export interface WorkflowServiceOptions {
  sessions: ApiSessions;
  names: ResourceNames;
  tracker: ActionTracker;
  /** Where the tracker's `actions.settled` arrive and `workflows.changed` goes. */
  events: EventBus;
  /** Runs every step: the system timers, or a test's virtual clock. */
  scheduler: Scheduler;
  log: Logger;
}

/** Multi-step work run on the main side for the current account: it goes on when the window closes. */
export interface WorkflowService {
  /** Starts a workflow; answers with its first state once it is under way. */
  start(request: WorkflowStart): Promise<Workflow>;
  /** Running workflows and those ended lately, oldest first. */
  list(): Workflow[];
  /** Retries what a delete with associated resources left undeleted. */
  retry(id: string): Workflow;
  /** Forgets a workflow that has ended. */
  dismiss(id: string): void;
  /** Forgets every workflow and stops those running, sending nothing more (account switch, quit). */
  reset(): void;
}

const pending = (name: string, dropletId?: number): WorkflowStep => ({ name, status: 'pending', ...(dropletId === undefined ? {} : { dropletId }) });

/** The single-Droplet kinds that run only once at a time on a Droplet, and what to say when one already does. */
const exclusive: Partial<Record<WorkflowKind, string>> = {
  'resize-after-power-off': 'A resize is already under way on this droplet.',
  'delete-with-resources': 'A delete is already under way on this droplet.',
};

/**
 * Runs each workflow as named steps, through the scheduler, so nothing in a renderer drives it: the
 * state lives here and is pushed as `workflows.changed`. A workflow keeps the client of the account it
 * started on; an account switch stops it before its next request.
 */
export const createWorkflowService = ({ sessions, names, tracker, events, scheduler, log }: WorkflowServiceOptions): WorkflowService => {
  /** What a workflow waiting for a decision does when the person goes on (retry a delete, power off for a resize), by id; gone with its workflow. */
  const retries = new Map<string, () => void>();
  const store = createWorkflowStore({ events, scheduler, onForget: (id) => retries.delete(id) });
  const settled = createSettledWaiter(events);
  let generation = 0;
  let serial = 0;

  const find = (id: string): Workflow => {
    const workflow = store.get(id);
    if (!workflow) throw AppError.of('not_found', 'That workflow is no longer known; it may have ended a while ago.');
    return workflow;
  };

  return {
    async start(request) {
      const startedOn = generation;
      const client = await sessions.client();
      if (startedOn !== generation) throw AppError.of('conflict', 'The account changed before the work could start; nothing was sent.');
      const message = exclusive[request.kind];
      if (message !== undefined && 'id' in request) {
        // One waiting for a decision still holds the Droplet: its shutdown may yet finish and resize it.
        const clash = store
          .list()
          .some((other) => other.kind === request.kind && (other.status === 'running' || (other.kind === 'resize-after-power-off' && other.status === 'needs-decision')) && other.resource.ids.includes(request.id));
        if (clash) throw AppError.of('conflict', message);
      }

      serial += 1;
      const base = { id: `workflow-${serial}`, status: 'running' as const, startedAt: new Date(scheduler.now()).toISOString() };
      const flow: FlowDeps = { client, names, tracker, settled };
      const launch = <W extends Workflow>(workflow: W, go: (run: WorkflowRun<W>) => void): W => {
        const run = createWorkflowRun(workflow, { store, scheduler, alive: () => startedOn === generation, log: log.child(workflow.kind) });
        store.add(workflow);
        go(run);
        return structuredClone(workflow);
      };
      const one = { type: 'droplet' as const, ids: 'id' in request ? [request.id] : [] };
      const batch = { type: 'droplet' as const, ids: 'ids' in request ? [...new Set(request.ids)] : [] };
      const perDroplet = batch.ids.map((id) => pending(dropletStep(id), id));

      switch (request.kind) {
        case 'resize-after-power-off':
          return launch(
            {
              ...base,
              kind: request.kind,
              resource: one,
              plan: { size: request.size, disk: request.disk, stop: request.stop },
              steps: resizeSteps(request.stop).map((step) => pending(step)),
            },
            (run) => retries.set(run.workflow.id, runResizeAfterPowerOff(run, flow)),
          );
        case 'delete-with-resources':
          return launch({ ...base, kind: request.kind, resource: one, deleteStatus: null, steps: deleteSteps.map((step) => pending(step)) }, (run) => {
            retries.set(run.workflow.id, () => retryDeleteWithResources(run, flow));
            runDeleteWithResources(run, flow, request.resources);
          });
        case 'bulk-action':
          return launch({ ...base, kind: request.kind, resource: batch, action: request.action.type, steps: perDroplet }, (run) =>
            runBulkAction(run, flow, request.action, request.snapshotPattern),
          );
        case 'bulk-delete':
          return launch({ ...base, kind: request.kind, resource: batch, steps: perDroplet }, (run) => runBulkDelete(run, flow));
      }
    },
    list: () => store.list(),
    retry(id) {
      const workflow = find(id);
      const retry = retries.get(id);
      if (workflow.status !== 'needs-decision' || !retry) {
        throw AppError.of('conflict', 'Only a workflow waiting for a decision can go on: a delete that left something undeleted, or a resize whose shutdown did not finish.');
      }
      retry();
      return structuredClone(workflow);
    },
    dismiss(id) {
      if (find(id).status === 'running') throw AppError.of('conflict', 'A workflow that is still running cannot be dismissed.');
      store.remove(id);
    },
    reset() {
      generation += 1;
      store.clear();
      settled.clear();
    },
  };
};
