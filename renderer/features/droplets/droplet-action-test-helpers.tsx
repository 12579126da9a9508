import { screen, within } from '@testing-library/react';
import type { Size } from '../../../shared/do-types';
import { sampleDroplet } from '../../testing/droplet-samples';
import { renderApp } from '../../testing/render-app';

/** Renderer-test helpers for the droplet action forms; the calling file mocks the bridge with fake-bridge. */

/** How long a lazily loaded pane or dialog may take to appear when the machine is busy (CI shares two cores). */
const appears = { timeout: 15_000 };

export const openPane = async (id = sampleDroplet.id, name = sampleDroplet.name) => {
  const rendered = renderApp(`/droplets?droplet=${id}`);
  const pane = await screen.findByRole('complementary', { name: `Droplet ${name}` }, appears);
  await within(pane).findByRole('region', { name: 'Networking' }, appears);
  return { ...rendered, pane };
};

/** Opens the pane's More actions menu and picks an item; returns the dialog it opens. */
export const openAction = async (user: ReturnType<typeof renderApp>['user'], pane: HTMLElement, item: string, dialogName: string | RegExp) => {
  await user.click(within(pane).getByRole('button', { name: 'More actions' }));
  const menu = await screen.findByRole('menu', { name: 'More actions' });
  await user.click(within(menu).getByRole('menuitem', { name: item }));
  return screen.findByRole('dialog', { name: dialogName }, appears);
};

export const openMenu = async (user: ReturnType<typeof renderApp>['user'], pane: HTMLElement) => {
  await user.click(within(pane).getByRole('button', { name: 'More actions' }));
  return screen.findByRole('menu', { name: 'More actions' });
};

export const size = (slug: string, overrides: Partial<Size> = {}): Size => ({
  slug,
  memory: 4096,
  vcpus: 2,
  disk: 80,
  transfer: 4,
  price_monthly: 24,
  price_hourly: 0.036,
  regions: ['nyc3'],
  available: true,
  description: 'Basic',
  ...overrides,
});

/** Long enough for a whole-app render on a busy machine; a wrong answer still fails at once. */
export const slow = 30_000;
