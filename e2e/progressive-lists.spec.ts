import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { useControlledDemo } from './support/controlled-demo';

// 1,000 droplets: five pages of 200, page 1 first, then pages 2 to 5 at once.
const demo = useControlledDemo({ startTimeoutMs: 120_000, seed: 'large:1000' });

const laterPages = [2, 3, 4, 5];
const holdLaterPages = async () => {
  for (const page of laterPages) await demo.hold({ path: '/v2/droplets', page });
};

/** The name in the first body row whose bottom is below the sticky header: what the person sees first. */
const firstVisibleName = (grid: Locator): Promise<string> =>
  grid.evaluate((element) => {
    const headerBottom = (element.querySelector('[role="row"]') as HTMLElement).getBoundingClientRect().bottom;
    const rows = [...element.querySelectorAll<HTMLElement>('.virtual-table__body [role="row"]')]
      .filter((row) => row.getBoundingClientRect().bottom > headerBottom + 1)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    return rows[0]?.querySelector('.droplet-name__text')?.textContent ?? '';
  });

const openDroplets = async (page: Page) => {
  await page.goto(`${new URL(demo.url).origin}/#/droplets`);
  return page.getByRole('grid', { name: 'Droplets' });
};

test('the first page shows while the rest are held; the rest fill in without moving the view, the selection or the open pane', async ({ page, consoleProblems }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await holdLaterPages();
  await page.goto(demo.url);
  const grid = await openDroplets(page);

  // Page 1 is in, pages 2 to 5 are held: its rows show, saying how far the list has got.
  await expect(page.getByText('Loading 200 of 1,000', { exact: true })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Loading the droplets' })).toHaveAttribute('aria-valuenow', '20');
  await expect(page.getByText('200 of 1,000 droplets loaded', { exact: true })).toBeVisible();
  await expect(grid).toHaveAttribute('aria-rowcount', '201');

  // Scroll a little, pick a row in view, open another.
  await grid.evaluate((element) => {
    element.scrollTop = 8 * (element.querySelector('.virtual-table__body [role="row"]') as HTMLElement).getBoundingClientRect().height;
  });
  const first = await firstVisibleName(grid);
  expect(first).not.toBe('');
  const bodyRows = grid.locator('.virtual-table__body [role="row"]');
  const names = await bodyRows.locator('.droplet-name__text').allTextContents();
  const picked = names[names.indexOf(first) + 2] as string;
  const opened = names[names.indexOf(first) + 4] as string;
  await grid.getByRole('checkbox', { name: `Select ${picked}` }).check();
  await expect(page.getByRole('group', { name: 'Selected droplets' })).toContainText('1 selected — from a partial list: 200 of 1,000 loaded');
  await grid.getByRole('row').filter({ hasText: opened }).getByText(opened, { exact: true }).click();
  const pane = page.getByRole('complementary', { name: `Droplet ${opened}` });
  await expect(pane).toBeVisible();
  const firstWithPane = await firstVisibleName(grid);

  // The rest arrive: every row, no progress left, and what was in view is still where it was.
  await demo.release();
  await expect(page.getByText('1000 droplets', { exact: true })).toBeVisible();
  await expect(grid).toHaveAttribute('aria-rowcount', '1001');
  await expect(page.getByText(/^Loading \d/)).toHaveCount(0);
  await expect(page.getByRole('progressbar', { name: 'Loading the droplets' })).toHaveCount(0);
  expect(await firstVisibleName(grid)).toBe(firstWithPane);
  await expect(grid.getByRole('checkbox', { name: `Select ${picked}` })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Selected droplets' })).toHaveText(/^1 selected/);
  await expect(page.getByRole('group', { name: 'Selected droplets' })).not.toContainText('partial');
  await expect(pane).toBeVisible();
  expect(consoleProblems).toEqual([]);
});

test('a page that fails for good leaves the rows shown, marked incomplete with DigitalOcean’s words, and Retry completes the list', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await holdLaterPages();
  await page.goto(demo.url);
  const grid = await openDroplets(page);
  await expect(page.getByText('Loading 200 of 1,000', { exact: true })).toBeVisible();

  // The held pages are let go into an outage: every try of them fails.
  await demo.fail({ path: '/v2/droplets', status: 503, count: 'until-cleared' });
  await demo.release();
  const alert = page.getByRole('alert').filter({ hasText: 'the list is incomplete' });
  await expect(alert).toContainText('Showing 200 of 1,000 droplets — the list is incomplete');
  await expect(alert).toContainText(/Could not load page [2-5] of 5 of \/v2\/droplets/);
  await expect(alert).toContainText('Request ID');
  await expect(grid).toHaveAttribute('aria-rowcount', '201');
  await expect(page.getByText('200 of 1,000 droplets loaded', { exact: true })).toBeVisible();
  await expect(page.getByText(/Couldn’t refresh/)).toHaveCount(0);

  await demo.clearFaults();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('1000 droplets', { exact: true })).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(grid).toHaveAttribute('aria-rowcount', '1001');
});
