import { expect, type Page } from '@playwright/test';
import type { ControlledDemo } from './controlled-demo';

/** 1,000 droplets: five pages of 200, page 1 first, then pages 2 to 5 at once. */
export const largeListSeed = 'large:1000';

/** Holds pages 2 to 5 of the droplet list, so only page 1 answers until `demo.release()`. */
const holdLaterPages = async (demo: ControlledDemo): Promise<void> => {
  for (const page of [2, 3, 4, 5]) await demo.hold({ path: '/v2/droplets', page });
};

/** Opens the Droplets screen (the page already carries the panel's key) and gives its grid. */
const openDroplets = async (page: Page, demo: ControlledDemo) => {
  await page.goto(`${new URL(demo.url).origin}/#/droplets`);
  return page.getByRole('grid', { name: 'Droplets' });
};

/**
 * A first load held after its first page, at 1280×720: pages 2 to 5 held, the panel opened on the
 * Droplets screen, and page 1's rows shown with how far the list has got. Gives the grid.
 */
export const openWithLaterPagesHeld = async (page: Page, demo: ControlledDemo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await holdLaterPages(demo);
  await page.goto(demo.url);
  const grid = await openDroplets(page, demo);
  await expect(page.getByText('Loading 200 of 1,000', { exact: true })).toBeVisible();
  return grid;
};
