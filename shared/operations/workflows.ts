import { noInput, operation } from '../operation';
import type { Workflow } from '../workflow-types';
import { dropletActionByTagSchema } from '../requests/droplet-actions';
import { z } from '../zod';

const id = z.number().int().positive();
const ids = z.array(id).min(1).max(500);
const byWorkflowId = z.object({ id: z.string().min(1).max(64) }).strict();

/** An action sent to each of several Droplets: what DigitalOcean runs by tag, and reboot, which it does not. */
const eachAction = z.union([dropletActionByTagSchema, z.object({ type: z.literal('reboot') }).strict()]);

/** Ids of what a Droplet takes with it: snapshot ids are numbers as strings, volumes and reserved IPs their own ids. */
const resourceIds = z.array(z.string().min(1).max(255)).max(100).optional();

/** The named resources go with the Droplet, or `all` of them. */
const deleteSelection = z.union([
  z.literal('all'),
  z.object({ snapshots: resourceIds, volumes: resourceIds, volumeSnapshots: resourceIds, reservedIps: resourceIds }).strict(),
]);

/** What to start: one request object per kind of workflow. */
export const workflowStartSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('resize-after-power-off'),
      id,
      size: z.string().min(1).max(64),
      disk: z.boolean().default(false),
      /** How the Droplet is stopped first: a clean `shutdown` (falling back to asking), or a hard `power_off`. */
      stop: z.enum(['shutdown', 'power_off']).default('power_off'),
    })
    .strict(),
  z.object({ kind: z.literal('delete-with-resources'), id, resources: deleteSelection }).strict(),
  z
    .object({
      kind: z.literal('bulk-action'),
      ids,
      action: eachAction,
      /** For a snapshot: each Droplet's snapshot is named from this, `{droplet}` standing for its name. */
      snapshotPattern: z.string().trim().min(1).max(255).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('bulk-delete'), ids }).strict(),
]);

export type WorkflowStart = z.output<typeof workflowStartSchema>;

export const workflowOperations = {
  /** Starts a workflow on the main side, where it goes on without the window; answers with its first state. */
  'workflows.start': operation<Workflow>()(workflowStartSchema),
  /** The current account's workflows, running and recently ended, oldest first; sends no API request. */
  'workflows.list': operation<Workflow[]>()(noInput),
  /** Asks DigitalOcean again to delete what a delete with associated resources left (the only workflow it can retry). */
  'workflows.retry': operation<Workflow>()(byWorkflowId),
  /** Forgets a workflow that has ended. */
  'workflows.dismiss': operation<{ id: string }>()(byWorkflowId),
};
