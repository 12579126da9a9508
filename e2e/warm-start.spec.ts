import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { useControlledDemo } from './support/controlled-demo';
import { openDropletsGrid } from './support/droplets-grid';

/*
 * A warm start: once a list has loaded whole, a reload shows it at once, said to be from when it
 * loaded and refreshing, while DigitalOcean has not answered yet; the fresh list then replaces it.
 * The simulator holds the list's requests, so the journey looks at the panel before any answer in
 * an order it chooses, never by timing.
 */

const demo = useControlledDemo({ startTimeoutMs: 120_000 });

test.afterEach(async () => {
  await demo.clearFaults();
});

const refreshing = (page: Page) => page.getByText(/^from .+ — refreshing$/);
const count = (page: Page) => page.locator('.resource-screen__count');

test('droplets: a reload shows the last-known list before DigitalOcean answers, then the fresh one', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  // A complete list, which the main side keeps.
  const grid = await openDropletsGrid(page, demo.url, { width: 1280, height: 720 });
  await expect(page.getByText(/^Updated \d+ s ago$/)).toBeVisible();
  const shown = await count(page).textContent();
  expect(shown).toMatch(/^\d+ droplets$/);

  await demo.hold({ path: '/v2/droplets' });
  await page.reload();
  // Every droplet list request is held: these rows can only be the kept ones.
  await expect(grid.getByRole('row', { name: /db-primary/ })).toBeVisible();
  await expect(refreshing(page)).toBeVisible();
  await expect(count(page)).toHaveText(`${shown} (last known)`);
  await expect(page.getByText(/^Updated/)).toHaveCount(0);

  await demo.release();
  await expect(refreshing(page)).toHaveCount(0);
  await expect(count(page)).toHaveText(shown ?? '');
  await expect(page.getByText(/^Updated \d+ s ago$/)).toBeVisible();
  await expect(grid.getByRole('row', { name: /db-primary/ })).toBeVisible();
  expect(consoleProblems).toEqual([]);
});

test('images: a reload shows the last-known snapshots before DigitalOcean answers, then the fresh ones', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/images?tab=snapshots`);
  const grid = page.getByRole('grid', { name: 'Snapshots' });
  const firstRow = grid.getByRole('row').nth(1);
  await expect(firstRow).toBeVisible();
  await expect(count(page)).toHaveText(/^\d+ images?$/);
  const shown = await count(page).textContent();
  const first = (await firstRow.locator('.image-name__text').textContent()) ?? '';
  expect(first).not.toBe('');

  await demo.hold({ path: '/v2/images' });
  await page.reload();
  await expect(grid.getByRole('row').nth(1).locator('.image-name__text')).toHaveText(first);
  await expect(refreshing(page)).toBeVisible();
  await expect(count(page)).toHaveText(`${shown} (last known)`);

  await demo.release();
  await expect(refreshing(page)).toHaveCount(0);
  await expect(count(page)).toHaveText(shown ?? '');
  await expect(grid.getByRole('row').nth(1).locator('.image-name__text')).toHaveText(first);
  expect(consoleProblems).toEqual([]);
});
