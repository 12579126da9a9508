/** The DigitalOcean API client: what the rest of the main side may use. */
export { createDoClient, type DoClient, type DoClientOptions } from './do-client';
export { createRateGovernor, type RateGovernor, type RateGovernorOptions, type RateState } from './rate-governor';
export type { CallOptions, Priority, Sleep } from './call-options';
export type { ListPage, PageQuery } from './pagination';
export type { DropletListFilter } from './droplets';
export type { ImageListFilter } from './images';
export type { SnapshotListFilter } from './snapshots';
export type { DropletBandwidthQuery, DropletMetricQuery } from './monitoring';
