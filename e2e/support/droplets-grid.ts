import { expect, type Page } from '@playwright/test';

/** Opens the Droplets view of the panel at `url` in a window of `viewport`, once its demo rows show. */
export const openDropletsGrid = async (page: Page, url: string, viewport: { width: number; height: number }) => {
  await page.setViewportSize(viewport);
  await page.goto(url);
  await page.goto(`${new URL(url).origin}/#/droplets`);
  const grid = page.getByRole('grid', { name: 'Droplets' });
  await expect(grid.getByRole('row', { name: /db-primary/ })).toBeVisible();
  return grid;
};

/** A droplet's row in the list, by the text it holds (its name). */
export const dropletRow = (page: Page, name: string) => page.getByRole('grid', { name: 'Droplets' }).getByRole('row').filter({ hasText: name });
