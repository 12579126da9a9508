import { z } from '../zod';
import { dropletNameSchema } from './names';

/**
 * The droplet actions a request may carry, checked before anything reaches the API. Stricter than the
 * spec where the spec's prose demands a field its schema leaves optional (resize needs a size, rename
 * a name, restore a backup id), so a person gets the reason here instead of a late 422.
 */

const weekdays = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;
const backupHours = [0, 4, 8, 12, 16, 20] as const;

/** When backups run: `plan`, and for weekly plans the day; the hour starts a 4-hour window (UTC). */
export const backupPolicySchema = z
  .object({
    plan: z.enum(['daily', 'weekly']),
    weekday: z.enum(weekdays).optional(),
    hour: z.union(backupHours.map((hour) => z.literal(hour))).optional(),
  })
  .strict();

const imageRef = z.union([z.number().int().positive(), z.string().min(1).max(255)]);

const bare = <T extends string>(type: T) => z.object({ type: z.literal(type) }).strict();

const enableBackups = z.object({ type: z.literal('enable_backups'), backup_policy: backupPolicySchema.optional() }).strict();
const snapshot = z.object({ type: z.literal('snapshot'), name: z.string().min(1).max(255).optional() }).strict();

export const dropletActionSchema = z.discriminatedUnion('type', [
  bare('power_on'),
  bare('power_off'),
  bare('shutdown'),
  bare('reboot'),
  bare('power_cycle'),
  bare('password_reset'),
  bare('enable_ipv6'),
  bare('enable_private_networking'),
  bare('disable_backups'),
  enableBackups,
  z.object({ type: z.literal('change_backup_policy'), backup_policy: backupPolicySchema }).strict(),
  z.object({ type: z.literal('restore'), image: z.number().int().positive() }).strict(),
  z.object({ type: z.literal('resize'), size: z.string().min(1).max(64), disk: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('rebuild'), image: imageRef }).strict(),
  z.object({ type: z.literal('rename'), name: dropletNameSchema }).strict(),
  z.object({ type: z.literal('change_kernel'), kernel: z.number().int().positive() }).strict(),
  snapshot,
]);

export type DropletActionRequest = z.output<typeof dropletActionSchema>;
export type DropletActionType = DropletActionRequest['type'];

/** The types the API runs for every droplet with a tag at once (`POST /v2/droplets/actions?tag_name=`). */
export const tagActionTypes = [
  'power_cycle',
  'power_on',
  'power_off',
  'shutdown',
  'enable_ipv6',
  'enable_backups',
  'disable_backups',
  'snapshot',
] as const satisfies readonly DropletActionType[];

export type TagActionType = (typeof tagActionTypes)[number];

/** An action for every Droplet with a tag: only the types the API runs by tag, each as `dropletActionSchema` takes it. */
export const dropletActionByTagSchema = z.discriminatedUnion(
  'type',
  [
    bare('power_cycle'),
    bare('power_on'),
    bare('power_off'),
    bare('shutdown'),
    bare('enable_ipv6'),
    enableBackups,
    bare('disable_backups'),
    snapshot,
  ],
  { error: `By tag, DigitalOcean runs only ${tagActionTypes.join(', ')}.` },
);

export type DropletActionByTagRequest = z.output<typeof dropletActionByTagSchema>;

export const isTagActionType = (type: DropletActionType): type is TagActionType =>
  (tagActionTypes as readonly string[]).includes(type);
