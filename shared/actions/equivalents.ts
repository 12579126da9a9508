import type { SelectiveDestroyAssociatedResource } from '../do-types';
import type { DropletActionRequest } from '../requests/droplet-actions';
import { dropletCreateBody, type DropletCreateRequest } from '../requests/droplet-create-body';
import type { ImageActionRequest } from '../requests/image-actions';
import { dropletKinds } from './droplet-kinds';
import type { BackupPolicy, Equivalent, FieldSpec } from './entry';
import { imageKinds } from './image-kinds';

/**
 * "Show as command": the doctl command and the raw API request (curl) for what a form is about to
 * send, built from the catalogue's `equivalent` and its fields' doctl `flag`s.
 *
 * What doctl takes was checked against its reference for v1.146.0 (docs.digitalocean.com/reference/
 * doctl/reference/compute/droplet-action/…, droplet/create, droplet/delete, image/update, image/delete,
 * image-action/…, generated 20 Oct 2025) and the digitalocean/doctl sources commands/droplet_actions.go,
 * droplets.go, images.go, image_actions.go, doit.go and args.go:
 * - every droplet-action subcommand takes exactly one droplet id (`ensureOneArg`) and has no --tag-name;
 * - `droplet delete` takes several ids, or --tag-name instead of ids; `image delete` takes several ids;
 * - `image-action` has get and transfer only: there is no convert;
 * - `image update` sets the name only (--image-name, required): no description or distribution;
 * - `droplet-action snapshot` requires --snapshot-name, where the API names an unnamed snapshot itself;
 * - `droplet create` takes several names, and --ssh-keys and --tag-names as comma-separated lists.
 */

/** The same outside the panel: the doctl command (null where doctl cannot do it) and the API request. */
export interface CommandEquivalent {
  doctl: string | null;
  curl: string;
  /** Why there is no doctl command, in words for the person. */
  doctlMissing?: string;
}

/** What goes to one droplet: an action's body, or a delete (`DELETE /v2/droplets/{id}`, not an action). */
export type DropletWork = DropletActionRequest | { type: 'delete' };

/** An image rename changes what is given of these (`PUT /v2/images/{id}`). */
export interface ImageChanges {
  name?: string;
  description?: string;
  distribution?: string;
}

/** What goes to one image: an action's body, a rename, or a delete. */
export type ImageWork = ImageActionRequest | ({ type: 'rename' } & ImageChanges) | { type: 'delete' };


/** A batch: one request through a tag, or one per droplet, each with its own work where it differs (snapshot names). */
export type BulkTarget = { tagName: string; work: DropletWork } | { ids: readonly number[]; work: DropletWork | ((id: number) => DropletWork) };

const apiBase = 'https://api.digitalocean.com';

/**
 * doctl reads its token from the environment variable DIGITALOCEAN_ACCESS_TOKEN (viper with the
 * prefix DIGITALOCEAN binds --access-token to it, doit.go), so each command sets it from
 * $DIGITALOCEAN_TOKEN, the variable the curl reads: neither text holds a token, and unlike
 * --access-token the token stays out of the argument list that `ps` shows.
 */
const doctl = 'DIGITALOCEAN_ACCESS_TOKEN="$DIGITALOCEAN_TOKEN" doctl';

const noCommand = 'doctl has no command for this; the API request:';

type FlagSpecs = Readonly<Record<string, Pick<FieldSpec, 'flag'> & { kind?: FieldSpec['kind'] }>>;

/** A rename is a plain PUT, not an action, so its fields are not among the catalogue's action fields. */
const imageUpdateFlags: FlagSpecs = { name: { flag: '--image-name' }, description: {}, distribution: {} };

/** The create's fields live in its own schema (shared/requests/droplet-create.ts), not the catalogue's action fields. */
const createFlags: Readonly<Record<Exclude<keyof DropletCreateRequest, 'names'>, string>> = {
  region: '--region',
  size: '--size',
  image: '--image',
  sshKeys: '--ssh-keys',
  tags: '--tag-names',
  backups: '--enable-backups',
  ipv6: '--enable-ipv6',
  monitoring: '--enable-monitoring',
  userData: '--user-data',
  vpcUuid: '--vpc-uuid',
};

/** doctl's --backup-policy-plan, -weekday and -hour (args.go). */
const policyParts = ['plan', 'weekday', 'hour'] as const;

const shellSafe = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** One shell word: as it is when nothing in it is special, else single-quoted (a quote inside as '\''). */
export const shellQuote = (value: string): string => (shellSafe.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`);

/** The flags for one field's value; a boolean is a switch, a backup policy three flags named after the field's. */
const flagWords = (spec: Pick<FieldSpec, 'flag'> & { kind?: FieldSpec['kind'] }, flag: string, value: unknown): string[] => {
  if (typeof value === 'boolean') return value ? [flag] : [];
  if (Array.isArray(value)) return value.length === 0 ? [] : [flag, shellQuote(value.join(','))];
  if (spec.kind === 'backupPolicy') {
    const policy = value as BackupPolicy;
    return policyParts.flatMap((part) => (policy[part] === undefined ? [] : [`${flag}-${part}`, shellQuote(String(policy[part]))]));
  }
  return [flag, shellQuote(String(value))];
};

type DoctlText = Pick<CommandEquivalent, 'doctl' | 'doctlMissing'>;

/** doctl's words for a command with its positional words (already shell words) and the values its fields carry. */
const doctlCommand = (equivalent: Pick<Equivalent, 'doctl' | 'doctlRequires'>, words: readonly string[], fields: FlagSpecs, values: Readonly<Record<string, unknown>>): DoctlText => {
  const command = equivalent.doctl;
  if (command === null) return { doctl: null, doctlMissing: noCommand };
  const flags: string[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    const value = values[name];
    if (value === undefined) continue;
    if (spec.flag === undefined) return { doctl: null, doctlMissing: `doctl ${command} cannot set the ${name}; the API request:` };
    flags.push(...flagWords(spec, spec.flag, value));
  }
  const missing = equivalent.doctlRequires?.find((flag) => !flags.includes(flag));
  if (missing !== undefined) return { doctl: null, doctlMissing: `doctl ${command} needs ${missing}, which this request leaves out; the API request:` };
  return { doctl: [doctl, command, ...words, ...flags].join(' ') };
};

/** `curl` for one request; the URL is double-quoted so a loop's `$id` expands in it. */
const curl = (method: Equivalent['method'], path: string, body?: unknown): string =>
  [
    `curl -X ${method} "${apiBase}${path}"`,
    '-H "Authorization: Bearer $DIGITALOCEAN_TOKEN"',
    ...(body === undefined ? [] : ['-H "Content-Type: application/json"', `-d ${shellQuote(JSON.stringify(body))}`]),
  ].join(' \\\n  ');

/** An action's body is the work itself; a plain request's (a rename) is its fields without the `type`. */
const bodyOf = (equivalent: Equivalent, isAction: boolean, work: { type: string }): unknown => {
  if (!equivalent.body) return undefined;
  if (isAction) return work;
  const { type: _type, ...fields } = work;
  return fields;
};

interface Resolved {
  equivalent: Equivalent;
  fields: FlagSpecs;
  body: unknown;
}

const resolveDroplet = (work: DropletWork): Resolved => {
  const { equivalent, request } = dropletKinds[work.type];
  return { equivalent, fields: request ?? {}, body: bodyOf(equivalent, request !== null, work) };
};

const resolveImage = (work: ImageWork): Resolved => {
  const { equivalent, request } = imageKinds[work.type];
  return { equivalent, fields: request ?? (work.type === 'rename' ? imageUpdateFlags : {}), body: bodyOf(equivalent, request !== null, work) };
};

const single = ({ equivalent, fields, body }: Resolved, work: object, id: number): CommandEquivalent => ({
  ...doctlCommand(equivalent, equivalent.doctlArgs === undefined ? [] : [String(id)], fields, work as Record<string, unknown>),
  curl: curl(equivalent.method, equivalent.path.replace('{id}', String(id)), body),
});

/** The command and request for one droplet's action or delete. */
export const dropletActionEquivalent = (work: DropletWork, id: number): CommandEquivalent => single(resolveDroplet(work), work, id);

/** The command and request for one image's transfer, conversion, rename or delete. */
export const imageActionEquivalent = (work: ImageWork, id: number): CommandEquivalent => single(resolveImage(work), work, id);

/**
 * A droplet deleted with some of its snapshots, volumes and reserved IPs: `DELETE
 * /v2/droplets/{id}/destroy_with_associated_resources/selective` with their ids. doctl's droplet delete
 * takes no associated resources (commands/droplets.go), so there is the API request alone.
 */
export const deleteWithResourcesEquivalent = (
  id: number,
  resources: { readonly [Group in keyof SelectiveDestroyAssociatedResource]?: readonly string[] },
): CommandEquivalent => {
  const { path } = dropletKinds.delete.equivalent;
  const body = Object.fromEntries(Object.entries(resources).filter(([, ids]) => ids !== undefined && ids.length > 0));
  return {
    doctl: null,
    doctlMissing: 'doctl deletes a droplet without its snapshots, volumes or reserved IPs; the API request:',
    curl: curl('DELETE', `${path.replace('{id}', String(id))}/destroy_with_associated_resources/selective`, body),
  };
};

const loop = (ids: readonly number[], line: string): string => `for id in ${ids.join(' ')}; do\n  ${line}\ndone`;

/** Several droplets: one doctl command where it takes several ids, else a loop; a line each where the work differs. */
const perDroplet = (ids: readonly number[], workFor: (id: number) => DropletWork): CommandEquivalent => {
  const works = ids.map(workFor);
  const [first] = works;
  const alike = first !== undefined && works.every((work) => JSON.stringify(work) === JSON.stringify(first));
  if (!alike || first === undefined) {
    const each = ids.map((id, index) => dropletActionEquivalent(works[index] as DropletWork, id));
    const missing = each.find((one) => one.doctl === null);
    return {
      ...(missing === undefined ? { doctl: each.map((one) => one.doctl).join('\n') } : { doctl: null, doctlMissing: missing.doctlMissing }),
      curl: each.map((one) => one.curl).join('\n\n'),
    };
  }
  const resolved = resolveDroplet(first);
  const { equivalent, fields, body } = resolved;
  const command = equivalent.doctl;
  const several = command !== null && equivalent.doctlArgs === 'ids';
  const text = doctlCommand(equivalent, several ? ids.map(String) : ['"$id"'], fields, first as Record<string, unknown>);
  return {
    doctl: text.doctl === null || several ? text.doctl : loop(ids, text.doctl),
    ...(text.doctlMissing === undefined ? {} : { doctlMissing: text.doctlMissing }),
    curl: loop(ids, curl(equivalent.method, equivalent.path.replace('{id}', '$id'), body).replaceAll('\n', '\n  ')),
  };
};

/** Every droplet with a tag: `?tag_name=` on the path without its id, and doctl's --tag-name where it has one. */
const byTag = (tagName: string, work: DropletWork): CommandEquivalent => {
  const { equivalent, fields, body } = resolveDroplet(work);
  const command = equivalent.doctl;
  const text =
    command !== null && equivalent.doctlByTag === true
      ? doctlCommand(equivalent, ['--tag-name', shellQuote(tagName)], fields, work as Record<string, unknown>)
      : { doctl: null, doctlMissing: command === null ? noCommand : `doctl ${command} takes one droplet, not a tag; the API request:` };
  return { ...text, curl: curl(equivalent.method, `${equivalent.path.replace('/{id}', '')}?tag_name=${encodeURIComponent(tagName)}`, body) };
};

/** The command and requests for a batch: through a tag, or to each droplet. */
export const bulkEquivalent = (target: BulkTarget): CommandEquivalent => {
  if ('tagName' in target) return byTag(target.tagName, target.work);
  const { work } = target;
  return perDroplet(target.ids, typeof work === 'function' ? work : () => work);
};

/** The command and request for a create of one to ten droplets. */
export const createEquivalent = (request: DropletCreateRequest): CommandEquivalent => {
  const { equivalent } = imageKinds.create_droplet;
  const fields: FlagSpecs = Object.fromEntries(Object.entries(createFlags).map(([name, flag]) => [name, { flag }]));
  return {
    ...doctlCommand(equivalent, request.names.map(shellQuote), fields, request),
    curl: curl(equivalent.method, equivalent.path, dropletCreateBody(request)),
  };
};
