/**
 * DigitalOcean API v2 wire objects the panel uses, named after the spec's schemas
 * (`../shared/do-api/do-openapi.yaml`, `components/schemas`) and shaped as it declares them: a field the
 * spec marks required is required here, everything else is optional; `null` appears only where the spec
 * says nullable. Pure types: nothing here exists at runtime.
 */

/** `shared/attributes/distribution.yml`; the API reports any other value as `Unknown`. */
export type Distribution =
  | 'Arch Linux'
  | 'CentOS'
  | 'CoreOS'
  | 'Debian'
  | 'Fedora'
  | 'Fedora Atomic'
  | 'FreeBSD'
  | 'Gentoo'
  | 'openSUSE'
  | 'RancherOS'
  | 'Rocky Linux'
  | 'Ubuntu'
  | 'Unknown';

/**
 * A region slug (`nyc3`). The spec's `region_slug` enum lists 15 slugs and misses newer regions such as
 * `atl1` that the API does return (FACTS.md §5), so this is any string.
 */
export type RegionSlug = string;

/** `page_links.pages`: only the links that make sense for the page, as absolute URLs. */
export interface PageLinks {
  first?: string;
  prev?: string;
  next?: string;
  last?: string;
}

/** `links` of a list response; absent or empty when everything fits on one page. */
export interface Links {
  pages?: PageLinks;
}

/** `meta` of a list response; `total` is the size of the whole collection. */
export interface Meta {
  total: number;
}

/** `action_link`: where to follow an action a create started. */
export interface ActionLink {
  id?: number;
  rel?: string;
  href?: string;
}

/** `account`. */
export interface Account {
  droplet_limit: number;
  floating_ip_limit: number;
  email: string;
  name?: string;
  uuid: string;
  email_verified: boolean;
  status: 'active' | 'warning' | 'locked';
  status_message: string;
  team?: { uuid?: string; name?: string };
}

/** `region`. */
export interface Region {
  name: string;
  slug: RegionSlug;
  features: string[];
  available: boolean;
  sizes: string[];
}

/** `disk_info`. */
export interface DiskInfo {
  type?: 'local' | 'boot' | 'scratch';
  size?: { amount?: number; unit?: string };
}

/** `gpu_info`. */
export interface GpuInfo {
  count?: number;
  model?: string;
  vram?: { amount?: number; unit?: string };
}

/** `size`. */
export interface Size {
  slug: string;
  memory: number;
  vcpus: number;
  disk: number;
  transfer: number;
  price_monthly: number;
  price_hourly: number;
  regions: RegionSlug[];
  available: boolean;
  description: string;
  disk_info?: DiskInfo[];
  gpu_info?: GpuInfo;
}

/** `image`: the spec requires none of its fields. */
export interface Image {
  id?: number;
  name?: string;
  type?: 'base' | 'snapshot' | 'backup' | 'custom' | 'admin';
  distribution?: Distribution;
  slug?: string | null;
  public?: boolean;
  regions?: RegionSlug[];
  created_at?: string;
  min_disk_size?: number | null;
  size_gigabytes?: number | null;
  description?: string;
  tags?: string[] | null;
  /** A custom import's progress: `NEW` until it is `available` (or `deleted`, with `error_message`). */
  status?: 'NEW' | 'available' | 'pending' | 'deleted' | 'retired';
  error_message?: string;
}

/** `kernel` (deprecated): `null` on Droplets with internally managed kernels, that is, all recent ones. */
export interface Kernel {
  id?: number;
  name?: string;
  version?: string;
}

/** `network_v4`. Private interfaces carry no real gateway (the API sends `nil`, FACTS.md §11.7). */
export interface NetworkV4 {
  ip_address?: string;
  netmask?: string;
  gateway?: string;
  type?: 'public' | 'private';
}

/** `network_v6`. */
export interface NetworkV6 {
  ip_address?: string;
  netmask?: number;
  gateway?: string;
  type?: 'public';
}

/** `droplet_next_backup_window`. */
export interface DropletNextBackupWindow {
  start?: string;
  end?: string;
}

/** `droplet`. */
export interface Droplet {
  id: number;
  name: string;
  memory: number;
  vcpus: number;
  disk: number;
  disk_info?: DiskInfo[];
  /** True while an action runs: the next action may be refused (422). */
  locked: boolean;
  status: 'new' | 'active' | 'off' | 'archive';
  kernel?: Kernel | null;
  created_at: string;
  features: string[];
  backup_ids: number[];
  next_backup_window: DropletNextBackupWindow | null;
  snapshot_ids: number[];
  image: Image;
  volume_ids: string[];
  size: Size;
  size_slug: string;
  networks: { v4?: NetworkV4[]; v6?: NetworkV6[] };
  region: Region;
  tags: string[];
  vpc_uuid?: string;
  gpu_info?: GpuInfo;
}

/** `action`: the API reports only a status and timestamps, never a percentage. */
export interface Action {
  id?: number;
  status?: 'in-progress' | 'completed' | 'errored';
  /** A droplet action type, `create`, `transfer`…: a free string in the spec. */
  type?: string;
  started_at?: string;
  completed_at?: string | null;
  resource_id?: number | null;
  resource_type?: string;
  region?: Region;
  region_slug?: string | null;
}

/** `snapshots_base`: what every snapshot and backup has. */
interface SnapshotsBase {
  name: string;
  created_at: string;
  regions: RegionSlug[];
  min_disk_size: number;
  size_gigabytes: number;
}

/** `droplet_snapshot`: an item of a Droplet's snapshots or backups list. */
export interface DropletSnapshot extends SnapshotsBase {
  id: number;
  type: 'snapshot' | 'backup';
}

/** `snapshots`: an item of `/v2/snapshots`, with a string id (a number for Droplets, a UUID for volumes). */
export interface Snapshot extends SnapshotsBase {
  id: string;
  resource_id: string;
  resource_type: 'droplet' | 'volume';
  tags: string[] | null;
}

/** `tags_metadata`. */
export interface TagsMetadata {
  count?: number;
  last_tagged_uri?: string;
}

/**
 * `tags`. The spec's schema spells the images key `imgages` (FACTS.md §11.10); the API and the spec's
 * example send `images`, which is what this reads.
 */
export interface Tag {
  name?: string;
  resources?: TagsMetadata & {
    droplets?: TagsMetadata;
    images?: TagsMetadata;
    volumes?: TagsMetadata;
    volume_snapshots?: TagsMetadata;
    databases?: TagsMetadata;
  };
}

/** One entry of `tags_resource.resources`. */
export interface TagResource {
  resource_id: string;
  resource_type: 'droplet' | 'image' | 'volume' | 'volume_snapshot';
}

/** `tags_resource`: the body that tags or untags resources. */
export interface TagsResource {
  resources: TagResource[];
}

/** `neighbor_droplets`: Droplets on the same physical server as one Droplet. */
export interface Neighbors {
  droplets: Droplet[];
}

/** `neighbor_ids`: groups of the account's Droplet ids that share a physical server. */
export interface NeighborIds {
  neighbor_ids: number[][];
}

/** `droplet_backup_policy`. */
export interface DropletBackupPolicy {
  plan?: 'daily' | 'weekly';
  weekday?: 'SUN' | 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT';
  hour?: 0 | 4 | 8 | 12 | 16 | 20;
  /** Read-only: set by the API. */
  window_length_hours?: number;
  /** Read-only: set by the API. */
  retention_period_days?: number;
}

/** `droplet_backup_policy_record`. */
export interface DropletBackupPolicyRecord {
  droplet_id?: number;
  backup_enabled?: boolean;
  backup_policy?: DropletBackupPolicy;
  next_backup_window?: DropletNextBackupWindow | null;
}

/** `supported_droplet_backup_policy`. */
export interface SupportedDropletBackupPolicy {
  name?: string;
  possible_window_starts?: number[];
  window_length_hours?: number;
  retention_period_days?: number;
  possible_days?: string[];
}

/** `associated_resource`: something that would outlive its Droplet, with its monthly cost in USD. */
export interface AssociatedResource {
  id?: string;
  name?: string;
  cost?: string;
}

/** `associated_resources_list`: what `GET …/destroy_with_associated_resources` lists. */
export interface AssociatedResources {
  reserved_ips?: AssociatedResource[];
  /** Deprecated in favour of `reserved_ips`. */
  floating_ips?: AssociatedResource[];
  snapshots?: AssociatedResource[];
  volumes?: AssociatedResource[];
  volume_snapshots?: AssociatedResource[];
}

/** `selective_destroy_associated_resource`: the ids to destroy together with the Droplet. */
export interface SelectiveDestroyAssociatedResource {
  reserved_ips?: string[];
  /** Deprecated in favour of `reserved_ips`. */
  floating_ips?: string[];
  snapshots?: string[];
  volumes?: string[];
  volume_snapshots?: string[];
}

/** `destroyed_associated_resource`. */
export interface DestroyedAssociatedResource {
  id?: string;
  name?: string;
  destroyed_at?: string;
  error_message?: string;
}

/** `associated_resource_status`: how a destroy with associated resources is going. */
export interface AssociatedResourceStatus {
  droplet?: DestroyedAssociatedResource;
  resources?: {
    reserved_ips?: DestroyedAssociatedResource[];
    floating_ips?: DestroyedAssociatedResource[];
    snapshots?: DestroyedAssociatedResource[];
    volumes?: DestroyedAssociatedResource[];
    volume_snapshots?: DestroyedAssociatedResource[];
  };
  completed_at?: string;
  failures?: number;
}

/** The Droplet metrics `/v2/monitoring/metrics/droplet/{metric}` serves. */
export type DropletMetricName =
  | 'bandwidth'
  | 'cpu'
  | 'filesystem_free'
  | 'filesystem_size'
  | 'load_1'
  | 'load_5'
  | 'load_15'
  | 'memory_cached'
  | 'memory_free'
  | 'memory_total'
  | 'memory_available';

/** `metrics_result`: one series; `values` are `[unix seconds, "value"]` pairs. */
export interface MetricsResult {
  metric: Record<string, string>;
  values: (number | string)[][];
}

/** `metrics_data`. */
export interface MetricsData {
  resultType: 'matrix';
  result: MetricsResult[];
}

/** `metrics`: a monitoring response, Prometheus-style. */
export interface Metrics {
  status: 'success' | 'error';
  data: MetricsData;
}

/** `droplet_create`: what single and multiple creates share. */
export interface DropletCreate {
  region?: string;
  size: string;
  image: string | number;
  ssh_keys?: (string | number)[];
  backups?: boolean;
  backup_policy?: DropletBackupPolicy;
  ipv6?: boolean;
  monitoring?: boolean;
  tags?: string[] | null;
  user_data?: string;
  /** Deprecated: use `vpc_uuid`. */
  private_networking?: boolean;
  volumes?: string[];
  vpc_uuid?: string;
  with_droplet_agent?: boolean;
  public_networking?: boolean;
}

/** `droplet_single_create`. */
export interface DropletSingleCreate extends DropletCreate {
  name: string;
}

/** `droplet_multi_create`: up to ten names at once. */
export interface DropletMultiCreate extends DropletCreate {
  names: string[];
}

/** The body of `POST /v2/droplets`. */
export type DropletCreateRequest = DropletSingleCreate | DropletMultiCreate;

/** The answer to a single create: poll `links.actions` for progress. */
export interface DropletSingleCreateResponse {
  droplet: Droplet;
  links: { actions: ActionLink[] };
}

/** The answer to a multiple create. */
export interface DropletMultiCreateResponse {
  droplets: Droplet[];
  links: { actions: ActionLink[] };
}

/** `image_new_custom`: the body of `POST /v2/images`. */
export interface ImageNewCustom {
  name: string;
  url: string;
  region: RegionSlug;
  distribution?: Distribution;
  description?: string;
  tags?: string[] | null;
}

/** `image_update`: the body of `PUT /v2/images/{image_id}`. */
export interface ImageUpdate {
  name?: string;
  distribution?: Distribution;
  description?: string;
}

/** `sshKeys`: one of the account's public keys, named by `id` or `fingerprint` in a create's `ssh_keys`. */
export interface SshKey {
  id?: number;
  fingerprint?: string;
  public_key: string;
  name: string;
}
