/** Where the main side runs: inside Electron, or as plain Node behind a browser tab. */
export type Runtime = 'desktop' | 'browser';

/** Facts about the running app, shown in the About dialog and used to adapt the UI. */
export interface AppInfo {
  name: string;
  version: string;
  runtime: Runtime;
  platform: string;
  versions: { node: string; electron?: string; chrome?: string };
  /** The DigitalOcean API base URL the main side talks to for the current account (the simulator's for the demo). */
  apiBaseUrl: string;
}

/** Whether DigitalOcean answers the main side's requests; when not, since when (ISO 8601) it has been silent. */
export type ApiReachability = { reachable: true } | { reachable: false; since: string };

/** The top-level areas of the panel. */
export const areas = ['droplets', 'images', 'ssh-keys', 'activity', 'accounts', 'settings'] as const;

export type Area = (typeof areas)[number];
