import type { AssociatedResourceStatus } from './do-types';
import type { PanelError } from './result';

/**
 * Work of several steps that the main side runs on the renderer's behalf, so it goes on when the
 * window closes: "power off, then resize", a delete with associated resources, and batches sent one
 * request per Droplet. A step that writes (POST, DELETE) is sent at most once.
 */

/** The multi-step workflows the main side runs. */
export const workflowKinds = ['resize-after-power-off', 'delete-with-resources', 'bulk-action', 'bulk-delete'] as const;

export type WorkflowKind = (typeof workflowKinds)[number];

/** `skipped`: an earlier step failed, so this one never ran. */
export type WorkflowStepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

/** One step of a workflow. */
export interface WorkflowStep {
  /** Unique within its workflow: `shutdown`, `power-off`, `wait-off`, `resize`, `delete`, `follow`, or `droplet:<id>` in a batch. */
  name: string;
  status: WorkflowStepStatus;
  /** The Droplet a batch's step is about. */
  dropletId?: number;
  /** When the step's write request went out (ISO 8601): from then on it is never sent again. */
  sentAt?: string;
  /** Why it failed: DigitalOcean's words and request id, or the panel's. */
  error?: PanelError;
}

/**
 * `needs-decision`: DigitalOcean finished but left something undone (a delete with associated
 * resources that failed to delete some of them); the person chooses to retry or to dismiss it.
 */
export type WorkflowStatus = 'running' | 'done' | 'failed' | 'needs-decision';

/** The Droplets a workflow works on: one, or every Droplet of a batch. */
export interface WorkflowResource {
  type: 'droplet';
  ids: number[];
}

interface WorkflowBase {
  /** Unique for the main side's lifetime. */
  id: string;
  resource: WorkflowResource;
  steps: WorkflowStep[];
  status: WorkflowStatus;
  /** ISO 8601. */
  startedAt: string;
  /** When it stopped running (done, failed, or waiting for a decision). */
  endedAt?: string;
}

/** How a running Droplet is stopped before a resize: cleanly through its operating system, or by cutting the power. */
export type ResizeStop = 'shutdown' | 'power_off';

/** The size to move to, whether the disk grows with it (permanent), and how the Droplet is stopped first. */
export interface ResizePlan {
  size: string;
  disk: boolean;
  stop: ResizeStop;
}

/**
 * Stop the Droplet (once), wait until DigitalOcean says it completed and the Droplet is off, then resize
 * (once). A clean shutdown that fails, or has not finished after a few minutes, waits for the person to
 * choose a hard power off (`workflows.retry`) or to leave the Droplet as it is (`workflows.dismiss`).
 */
export interface ResizeWorkflow extends WorkflowBase {
  kind: 'resize-after-power-off';
  plan: ResizePlan;
}

/** A delete with associated resources, followed until DigitalOcean says it is over; what failed can be retried. */
export interface DeleteWithResourcesWorkflow extends WorkflowBase {
  kind: 'delete-with-resources';
  /** DigitalOcean's last report of the delete, per resource; null until it first answers. */
  deleteStatus: AssociatedResourceStatus | null;
}

/** One action to each Droplet, one request each; a refusal does not stop the rest. */
export interface BulkActionWorkflow extends WorkflowBase {
  kind: 'bulk-action';
  /** The action type sent (`power_cycle`, `snapshot`…). */
  action: string;
}

/** `DELETE /v2/droplets/{id}` for each Droplet, one request each. */
export interface BulkDeleteWorkflow extends WorkflowBase {
  kind: 'bulk-delete';
}

export type Workflow = ResizeWorkflow | DeleteWithResourcesWorkflow | BulkActionWorkflow | BulkDeleteWorkflow;

/** The workflow of a kind, by its `kind`. */
export type WorkflowOf<K extends WorkflowKind> = Extract<Workflow, { kind: K }>;

/** A workflow still moving on its own (its steps are being sent or waited for). */
export const isWorkflowRunning = (workflow: Pick<Workflow, 'status'> | undefined): boolean => workflow?.status === 'running';
