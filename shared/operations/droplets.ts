import type {
  Action,
  AssociatedResources,
  Droplet,
  DropletBackupPolicyRecord,
  DropletSnapshot,
  Kernel,
  Metrics,
} from '../do-types';
import type { StartedAction } from '../action-types';
import type { CreatedDroplets, DropletRow } from '../droplet-types';
import type { StreamedList } from '../events';
import { operation } from '../operation';
import { dropletActionByTagSchema, dropletActionSchema } from '../requests/droplet-actions';
import { dropletCreateSchema } from '../requests/droplet-create';
import { dropletMetricsSchema } from '../requests/droplet-metrics';
import { listStreamSchema } from '../requests/list-stream';
import { tagNameSchema } from '../requests/names';
import { z } from '../zod';

const id = z.number().int().positive();
const byId = z.object({ id }).strict();
const byTag = z.object({ tagName: tagNameSchema }).strict();

export const dropletOperations = {
  /**
   * Every Droplet of the account (GPU ones included), or those with a tag, as slim rows. With a
   * `stream`, each page's rows are pushed as `lists.page` as they arrive instead, and the answer, once
   * the last page is in, only counts them (`StreamedList`): the rows are not sent twice.
   */
  'droplets.list': operation<DropletRow[] | StreamedList>()(z.object({ tagName: tagNameSchema.optional(), stream: listStreamSchema.optional() }).strict()),
  /** One Droplet as DigitalOcean describes it. */
  'droplets.get': operation<Droplet>()(byId),
  /** Creates one to ten Droplets and follows their create actions. */
  'droplets.create': operation<CreatedDroplets>()(dropletCreateSchema),
  /** Deletes a Droplet (`DELETE /v2/droplets/{id}`); what it had associated stays. */
  'droplets.delete': operation<{ id: number }>()(byId),
  /** Deletes every Droplet with the tag. */
  'droplets.deleteByTag': operation<{ tagName: string }>()(byTag),
  /** What would outlive the Droplet (snapshots, volumes, reserved IPs), with monthly costs. */
  'droplets.associatedResources': operation<AssociatedResources>()(byId),
  /** Starts an action on a Droplet (sent once, never retried) and follows it. */
  'droplets.runAction': operation<StartedAction>()(z.object({ id, action: dropletActionSchema }).strict()),
  /** Starts an action on every Droplet with the tag and follows each. */
  'droplets.runActionByTag': operation<StartedAction[]>()(z.object({ tagName: tagNameSchema, action: dropletActionByTagSchema }).strict()),
  /** The kernels a Droplet with an externally managed kernel can switch to. */
  'droplets.kernels': operation<Kernel[]>()(byId),
  /** The Droplet's snapshots. */
  'droplets.snapshots': operation<DropletSnapshot[]>()(byId),
  /** The Droplet's backups. */
  'droplets.backups': operation<DropletSnapshot[]>()(byId),
  /** The Droplet's action history, newest first. */
  'droplets.actions': operation<Action[]>()(byId),
  /** The account's Droplets on the same physical server. */
  'droplets.neighbors': operation<DropletRow[]>()(byId),
  /** The Droplet's backup policy and next backup window. */
  'droplets.backupPolicy': operation<DropletBackupPolicyRecord>()(byId),
  /** One metric of the Droplet over a window of at most 31 days. */
  'droplets.metrics': operation<Metrics>()(dropletMetricsSchema),
};
