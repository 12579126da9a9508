import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { largeListSeed, openWithLaterPagesHeld } from './support/large-list';
import { useControlledDemo } from './support/controlled-demo';

/*
 * A first load, page by page. The list loads whole at the end of the journey, so the panel keeps it
 * for a warm start: the incomplete-list journey (progressive-lists-incomplete.spec.ts) runs on a
 * panel of its own, where the list has never loaded.
 */
const demo = useControlledDemo({ startTimeoutMs: 120_000, seed: largeListSeed });

/** The name in the first body row whose bottom is below the sticky header: what the person sees first. */
const firstVisibleName = (grid: Locator): Promise<string> =>
  grid.evaluate((element) => {
    const headerBottom = (element.querySelector('[role="row"]') as HTMLElement).getBoundingClientRect().bottom;
    const rows = [...element.querySelectorAll<HTMLElement>('.virtual-table__body [role="row"]')]
      .filter((row) => row.getBoundingClientRect().bottom > headerBottom + 1)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    return rows[0]?.querySelector('.droplet-name__text')?.textContent ?? '';
  });


test('the first page shows while the rest are held; the rest fill in without moving the view, the selection or the open pane', async ({ page, consoleProblems }) => {
  test.setTimeout(120_000);
  // Page 1 is in, pages 2 to 5 are held: its rows show, saying how far the list has got.
  const grid = await openWithLaterPagesHeld(page, demo);
  await expect(page.getByRole('progressbar', { name: 'Loading the droplets' })).toHaveAttribute('aria-valuenow', '20');
  await expect(page.getByText('200 of 1,000 droplets listed', { exact: true })).toBeVisible();
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
  await expect(page.getByRole('group', { name: 'Selected droplets' })).toContainText('1 selected — from a partial list: 200 of 1,000 listed');
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
