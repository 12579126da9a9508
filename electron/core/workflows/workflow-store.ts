import type { Workflow } from '../../../shared/workflow-types';
import type { EventBus } from '../event-bus';
import type { Scheduler } from '../tracker/scheduler';

/** How long an ended workflow stays listed, so a renderer that comes back still sees how it went. */
export const ENDED_KEPT_MS = 10 * 60_000;
/** At most this many ended workflows are kept, the newest. */
export const ENDED_KEPT_LIMIT = 50;

export interface WorkflowStore {
  add(workflow: Workflow): void;
  get(id: string): Workflow | undefined;
  /** Running ones and those ended lately, oldest first, as copies. */
  list(): Workflow[];
  /** Tells the renderer the workflow changed; several changes in one turn make one event. */
  changed(workflow: Workflow): void;
  remove(id: string): boolean;
  clear(): void;
}

const copy = (workflow: Workflow): Workflow => structuredClone(workflow);

export interface WorkflowStoreOptions {
  events: EventBus;
  scheduler: Scheduler;
  /** Told when a workflow is forgotten (dismissed, too old, or cleared), so what was kept beside it can go. */
  onForget?: (id: string) => void;
}

/**
 * The workflows in memory, for one account at a time. Pushes `workflows.changed` with a copy of the
 * state, so nothing a subscriber holds changes under it; forgets ended workflows after a while.
 */
export const createWorkflowStore = ({ events, scheduler, onForget }: WorkflowStoreOptions): WorkflowStore => {
  const workflows = new Map<string, Workflow>();
  const queued = new Set<Workflow>();

  const forget = (id: string): boolean => {
    const known = workflows.delete(id);
    if (known) onForget?.(id);
    return known;
  };

  const prune = (): void => {
    const now = scheduler.now();
    const ended = [...workflows.values()].filter((workflow) => workflow.endedAt !== undefined && workflow.status !== 'needs-decision');
    const tooMany = ended.length - ENDED_KEPT_LIMIT;
    ended.forEach((workflow, index) => {
      if (index < tooMany || now - Date.parse(workflow.endedAt as string) > ENDED_KEPT_MS) forget(workflow.id);
    });
  };

  const emit = (): void => {
    const batch = [...queued];
    queued.clear();
    for (const workflow of batch) if (workflows.get(workflow.id) === workflow) events.emit('workflows.changed', copy(workflow));
  };

  const changed = (workflow: Workflow): void => {
    if (queued.size === 0) queueMicrotask(emit);
    queued.add(workflow);
  };

  return {
    add(workflow) {
      prune();
      workflows.set(workflow.id, workflow);
      changed(workflow);
    },
    get: (id) => workflows.get(id),
    list() {
      prune();
      return [...workflows.values()].map(copy);
    },
    changed,
    remove: forget,
    clear() {
      for (const id of [...workflows.keys()]) forget(id);
      queued.clear();
    },
  };
};
