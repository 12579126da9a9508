import type { Area } from '../../shared/app-types';
import { isArea } from '../routing/area-path';
import { lazyScreen, type LazyScreen } from './lazy-screen';

/*
 * The parts of the app that load in chunks of their own, so the entry chunk holds only the shell
 * (React, the sidebar, the stores, the bridge): each area's page, and the dialogs the shell mounts.
 * The start page is preloaded as the app starts (main.tsx), in parallel with the shell; the rest
 * once the app is idle (usePreloadWhenIdle), so switching areas or opening a dialog rarely waits.
 */

/** A Record, so a new area does not compile until it has a page here. */
export const areaScreens: Record<Area, LazyScreen<object>> = {
  droplets: lazyScreen(() => import('../features/droplets/droplets-page').then((module) => module.DropletsPage)),
  images: lazyScreen(() => import('../features/images/images-page').then((module) => module.ImagesPage)),
  'ssh-keys': lazyScreen(() => import('../features/ssh-keys/ssh-keys-page').then((module) => module.SshKeysPage)),
  activity: lazyScreen(() => import('../features/activity/activity-page').then((module) => module.ActivityPage)),
  accounts: lazyScreen(() => import('../features/accounts/accounts-page').then((module) => module.AccountsPage)),
  settings: lazyScreen(() => import('../features/settings/settings-page').then((module) => module.SettingsPage)),
};

/** The dialogs the shell mounts for the whole app, each loaded the first time it opens. */
export const shellDialogs = {
  addAccount: lazyScreen(() => import('../features/accounts/add-account-dialog').then((module) => module.AddAccountDialog)),
  createDroplet: lazyScreen(() => import('../features/droplets/create/create-droplet-dialog').then((module) => module.CreateDropletDialog)),
  paletteOverlays: lazyScreen(() => import('../features/palette/palette-overlays').then((module) => module.PaletteOverlays)),
} satisfies Record<string, LazyScreen<object>>;

/** Loads every chunk above (tests that render the whole app; the idle preload). */
export const preloadAllScreens = async (): Promise<void> => {
  await Promise.all([...Object.values(areaScreens), ...Object.values(shellDialogs)].map((screen) => screen.preload()));
};

/** The area an address (`#/images?q=web`) opens on; the start page for anything else, as the routes redirect it. */
export const areaOfHash = (hash: string): Area => {
  const first = hash.replace(/^#?\/?/, '').split(/[/?]/, 1)[0] ?? '';
  return isArea(first) ? first : 'droplets';
};
