import type { RequestOf } from '../../shared/contract';
import type { Workflow, WorkflowStep } from '../../shared/workflow-types';

/**
 * The main side's workflows as the fake bridge keeps them. Unless a test scripts otherwise, a workflow
 * started through the fake is over at once with every step done; a test puts the state it wants with
 * `putWorkflow`, then emits `workflows.changed` as the main side would.
 */

let workflows: Workflow[] = [];
let serial = 0;

const done = (name: string, dropletId?: number): WorkflowStep => ({ name, status: 'done', ...(dropletId === undefined ? {} : { dropletId }) });

/** A workflow of any kind, its id and start time optional. */
type WorkflowDraft<W extends Workflow = Workflow> = W extends Workflow ? Omit<W, 'id' | 'startedAt'> & Partial<Pick<W, 'id' | 'startedAt'>> : never;

/** A workflow as the main side would answer it, with an id of its own unless one is given. */
export const sampleWorkflow = (workflow: WorkflowDraft): Workflow => ({ id: `workflow-${(serial += 1)}`, startedAt: '2026-11-22T09:00:00Z', ...workflow }) as Workflow;

/** What `workflows.start` answers by default: the workflow, already done. */
export const finishedWorkflow = (request: RequestOf<'workflows.start'>): Workflow => {
  const ended = { status: 'done' as const, endedAt: '2026-11-22T09:00:01Z' };
  switch (request.kind) {
    case 'resize-after-power-off':
      return sampleWorkflow({
        ...ended,
        kind: request.kind,
        resource: { type: 'droplet', ids: [request.id] },
        plan: { size: request.size, disk: request.disk ?? false, stop: request.stop ?? 'power_off' },
        steps: [done(request.stop === 'shutdown' ? 'shutdown' : 'power-off'), done('wait-off'), done('resize')],
      });
    case 'delete-with-resources':
      return sampleWorkflow({ ...ended, kind: request.kind, resource: { type: 'droplet', ids: [request.id] }, deleteStatus: null, steps: [done('delete'), done('follow')] });
    case 'bulk-action':
      return sampleWorkflow({
        ...ended,
        kind: request.kind,
        resource: { type: 'droplet', ids: request.ids },
        action: request.action.type,
        steps: request.ids.map((id) => done(`droplet:${id}`, id)),
      });
    case 'bulk-delete':
      return sampleWorkflow({ ...ended, kind: request.kind, resource: { type: 'droplet', ids: request.ids }, steps: request.ids.map((id) => done(`droplet:${id}`, id)) });
  }
};

/** Adds the workflow, or replaces the one with its id: what `workflows.list` answers from now on. */
export const putWorkflow = (workflow: Workflow): Workflow => {
  workflows = [...workflows.filter((one) => one.id !== workflow.id), workflow];
  return workflow;
};

export const listWorkflows = (): Workflow[] => workflows;

export const dismissWorkflow = (id: string): void => {
  workflows = workflows.filter((one) => one.id !== id);
};

export const resetWorkflows = (): void => {
  workflows = [];
};
