import { expect, type Page } from '@playwright/test';

/**
 * Opens the Droplets view of the panel at `url` in a window of `viewport`, once its demo rows show as
 * DigitalOcean answers them now. After the panel's first load a start shows the kept list first and
 * asks for the fresh one a moment later: a journey that then changes the account behind the panel's
 * back (a droplet deleted elsewhere) must not race that fetch.
 */
export const openDropletsGrid = async (page: Page, url: string, viewport: { width: number; height: number }) => {
  await page.setViewportSize(viewport);
  await page.goto(url);
  await page.goto(`${new URL(url).origin}/#/droplets`);
  const grid = page.getByRole('grid', { name: 'Droplets' });
  await expect(grid.getByRole('row', { name: /db-primary/ })).toBeVisible();
  await expect(page.getByText(/\(last known\)$/)).toHaveCount(0);
  return grid;
};

/** A droplet's row in the list, by the text it holds (its name). */
export const dropletRow = (page: Page, name: string) => page.getByRole('grid', { name: 'Droplets' }).getByRole('row').filter({ hasText: name });
