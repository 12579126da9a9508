import { expect, test } from './fixtures';
import { useControlledDemo } from './support/controlled-demo';
import { largeListSeed, openWithLaterPagesHeld } from './support/large-list';

/*
 * A first load whose later pages never come. A panel of its own: where the list has loaded whole
 * before, the panel shows the kept list instead, and a failed refresh says "Couldn't refresh".
 */
const demo = useControlledDemo({ startTimeoutMs: 120_000, seed: largeListSeed });

test('a page that fails for good leaves the rows shown, marked incomplete with DigitalOcean’s words, and Retry completes the list', async ({ page }) => {
  test.setTimeout(120_000);
  const grid = await openWithLaterPagesHeld(page, demo);

  // The held pages are let go into an outage: every try of them fails.
  await demo.fail({ path: '/v2/droplets', status: 503, count: 'until-cleared' });
  await demo.release();
  const alert = page.getByRole('alert').filter({ hasText: 'the list is incomplete' });
  await expect(alert).toContainText('Showing 200 of 1,000 droplets — the list is incomplete');
  await expect(alert).toContainText(/Could not load page [2-5] of 5 of \/v2\/droplets/);
  await expect(alert).toContainText('Request ID');
  await expect(grid).toHaveAttribute('aria-rowcount', '201');
  await expect(page.getByText('200 of 1,000 droplets listed', { exact: true })).toBeVisible();
  await expect(page.getByText(/Couldn’t refresh/)).toHaveCount(0);

  await demo.clearFaults();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('1000 droplets', { exact: true })).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(grid).toHaveAttribute('aria-rowcount', '1001');
});
