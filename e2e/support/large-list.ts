import type { Page } from '@playwright/test';
import type { ControlledDemo } from './controlled-demo';

/** 1,000 droplets: five pages of 200, page 1 first, then pages 2 to 5 at once. */
export const largeListSeed = 'large:1000';

/** Holds pages 2 to 5 of the droplet list, so only page 1 answers until `demo.release()`. */
export const holdLaterPages = async (demo: ControlledDemo): Promise<void> => {
  for (const page of [2, 3, 4, 5]) await demo.hold({ path: '/v2/droplets', page });
};

/** Opens the Droplets screen (the page already carries the panel's key) and gives its grid. */
export const openDroplets = async (page: Page, demo: ControlledDemo) => {
  await page.goto(`${new URL(demo.url).origin}/#/droplets`);
  return page.getByRole('grid', { name: 'Droplets' });
};
