import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { useControlledDemo } from './support/controlled-demo';
import { dropletRow, openDropletsGrid } from './support/droplets-grid';

/*
 * The stale-data rule beyond the lists: a droplet's pane and Activity's account history, refreshed
 * while DigitalOcean cannot be reached, keep what they showed and say since when and why. The page's
 * clock is the test's (Playwright's clock), so the half minute after which a pane asks again and the
 * two minutes after which a focus refreshes the history pass without waiting for them.
 */

const demo = useControlledDemo({ startTimeoutMs: 120_000 });

test.afterEach(async () => {
  await demo.clearFaults();
});

const stale = (within: Locator) => within.getByRole('status').filter({ hasText: 'Couldn’t refresh — showing data from' });

test('a pane and the account history refreshed during an outage keep their data and say since when, then clear on recovery', async ({ page, consoleProblems }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await openDropletsGrid(page, demo.url, { width: 1280, height: 720 });

  // Both read once while DigitalOcean answers.
  await page.goto(`${new URL(demo.url).origin}/#/activity`);
  const historySection = page.getByRole('region', { name: 'Account history' });
  await expect(historySection.getByRole('row').nth(1)).toBeVisible();
  await page.goto(`${new URL(demo.url).origin}/#/droplets`);
  await dropletRow(page, 'db-primary').getByText('db-primary', { exact: true }).click();
  const pane = page.getByRole('complementary', { name: 'Droplet db-primary' });
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();
  await pane.getByRole('button', { name: 'Close details' }).click();

  await demo.fail({ reset: true, count: 'until-cleared' });

  // Opened again after its data went stale: the pane asks again, fails, and says so over what it had.
  await page.clock.fastForward('00:45');
  await dropletRow(page, 'db-primary').getByText('db-primary', { exact: true }).click();
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();
  await page.clock.fastForward('00:10');
  await expect(stale(pane)).toContainText('(DigitalOcean unreachable)', { timeout: 30_000 });
  await expect(stale(pane).getByRole('button', { name: 'Retry' })).toBeVisible();

  // The account history, two minutes old when the window regains focus, fails the same way.
  await page.goto(`${new URL(demo.url).origin}/#/activity`);
  await expect(historySection.getByRole('row').nth(1)).toBeVisible();
  await page.clock.fastForward('02:30');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await page.clock.fastForward('00:10');
  await expect(stale(historySection)).toContainText('(DigitalOcean unreachable)', { timeout: 30_000 });
  await expect(historySection.getByRole('row').nth(1)).toBeVisible();

  await demo.clearFaults();
  await stale(historySection).getByRole('button', { name: 'Retry' }).click();
  await expect(stale(historySection)).toBeHidden({ timeout: 30_000 });
  expect(consoleProblems).toEqual([]);
});
