import { dropletKinds, type DropletActionFields, type DropletDeclarations, type DropletActionKind, type DropletKind } from '../actions/droplet-kinds';
import type { RequestBody } from '../actions/entry';
import { z } from '../zod';
import { actionBodySchema } from './action-fields';

export { backupPolicySchema } from './action-fields';

/**
 * The droplet actions a request may carry, built from the catalogue's declared fields
 * (shared/actions/droplet-kinds.ts) and checked before anything reaches the API.
 */

/** `POST /v2/droplets/{id}/actions`: one of the catalogue's droplet actions. */
export type DropletActionRequest = { [K in DropletActionKind]: RequestBody<K, DropletActionFields[K]> }[DropletActionKind];
export type DropletActionType = DropletActionRequest['type'];

const actionKinds = (Object.keys(dropletKinds) as DropletKind[]).filter((kind): kind is DropletActionKind => dropletKinds[kind].request !== null);

const unionOf = (kinds: readonly DropletActionKind[], error?: string) => {
  const [first, ...rest] = kinds.map((kind) => actionBodySchema(kind, dropletKinds[kind].request ?? {}));
  if (first === undefined) throw new Error('The catalogue declares no droplet action.');
  return z.discriminatedUnion('type', [first, ...rest], error === undefined ? undefined : { error });
};

export const dropletActionSchema = unionOf(actionKinds) as unknown as z.ZodType<DropletActionRequest, DropletActionRequest>;

/** The types the API runs for every droplet with a tag at once (`POST /v2/droplets/actions?tag_name=`). */
export const tagActionTypes = actionKinds.filter((kind) => dropletKinds[kind].rules.byTag === true) as readonly TagActionType[];

export type TagActionType = { [K in DropletActionKind]: DropletDeclarations[K]['rules'] extends { byTag: true } ? K : never }[DropletActionKind];

export type DropletActionByTagRequest = Extract<DropletActionRequest, { type: TagActionType }>;

/** An action for every droplet with a tag: only the types the API runs by tag, each as `dropletActionSchema` takes it. */
export const dropletActionByTagSchema = unionOf(tagActionTypes, `By tag, DigitalOcean runs only ${tagActionTypes.join(', ')}.`) as unknown as z.ZodType<
  DropletActionByTagRequest,
  DropletActionByTagRequest
>;

/** The types the bulk bar sends one request per droplet for. */
export type BulkActionType = { [K in DropletActionKind]: DropletDeclarations[K]['rules'] extends { bulk: true } ? K : never }[DropletActionKind];

export type DropletActionBulkRequest = Extract<DropletActionRequest, { type: BulkActionType }>;

const bulkActionTypes = actionKinds.filter((kind) => dropletKinds[kind].rules.bulk === true);

/** An action sent to each of several droplets: the bulk bar's kinds. */
export const dropletActionBulkSchema = unionOf(bulkActionTypes) as unknown as z.ZodType<DropletActionBulkRequest, DropletActionBulkRequest>;

export const isTagActionType = (type: string): type is TagActionType => (tagActionTypes as readonly string[]).includes(type);
