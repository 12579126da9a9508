import { expect, test } from './fixtures';
import { useControlledDemo } from './support/controlled-demo';

/*
 * The account's images page by page: `large:2000` keeps 402 images of its own, three pages of 200
 * (`large:1000`, the droplet journeys' seed, has one). Pages 2 and 3 are held until the journey lets
 * them go.
 */
const demo = useControlledDemo({ startTimeoutMs: 120_000, seed: 'large:2000' });

test('the images’ first page shows while the others are held, the search applies to what has arrived, and the rest fill in', async ({ page, consoleProblems }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const held of [2, 3]) await demo.hold({ path: '/v2/images', page: held });
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/images?tab=snapshots`);

  const total = 402;
  const progress = page.getByText(`Loading 200 of ${total}`, { exact: true });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Loading the images' })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Snapshots' });
  const shownWhileHeld = Number(await grid.getAttribute('aria-rowcount')) - 1;
  expect(shownWhileHeld).toBeGreaterThan(0);
  expect(shownWhileHeld).toBeLessThanOrEqual(200);

  // A search while pages are held narrows what has arrived, and says it is a part.
  await page.getByRole('searchbox', { name: 'Search images' }).fill('snapshot');
  const partialCount = page.getByText(new RegExp(`^\\d+ shown of 200 images listed \\(${total} in all\\)$`));
  await expect(partialCount).toBeVisible();
  const foundWhileHeld = Number((await partialCount.textContent())?.split(' ')[0]);
  expect(foundWhileHeld).toBeGreaterThan(0);
  await expect(grid).toHaveAttribute('aria-rowcount', String(foundWhileHeld + 1));

  await demo.release();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('progressbar', { name: 'Loading the images' })).toHaveCount(0);
  // The whole list: the tab's count no longer says part of it, and the search still applies.
  await expect(page.getByText(/^\d+ of \d+ images$/)).toBeVisible();
  await expect(page.getByText(/images listed/)).toHaveCount(0);
  await expect.poll(async () => Number(await grid.getAttribute('aria-rowcount')) - 1).toBeGreaterThan(foundWhileHeld);
  for (const name of await grid.locator('.virtual-table__body [role="row"] .resource-name__text').allTextContents()) expect(name).toContain('snapshot');
  expect(consoleProblems).toEqual([]);
});
