import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { useControlledDemo } from './support/controlled-demo';

const shots = '/tmp/shots-density';
test.beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

const demo = useControlledDemo();

/** The demo seed's fifteen droplets and eight more (within the account's limit): more than a screen holds. */
const fillTheAccount = async () => {
  const { body } = await demo.api('GET', '/v2/droplets?per_page=200');
  if ((body.droplets as { name: string }[]).some((droplet) => droplet.name.startsWith('batch-worker-'))) return;
  const names = Array.from({ length: 8 }, (_, index) => `batch-worker-${String(index + 1).padStart(2, '0')}`);
  const reply = await demo.api('POST', '/v2/droplets', {
    names,
    region: 'fra1',
    size: 's-1vcpu-1gb',
    image: 'ubuntu-24-04-x64',
    tags: ['env:prod', 'worker', 'batch', 'queue-consumer'],
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(202);
  await demo.runUntilIdle();
};

/** Rows wholly inside the grid's visible box, under its header. */
const fullyVisibleRows = async (grid: Locator): Promise<number> =>
  grid.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const header = element.querySelector('[role="row"][aria-rowindex="1"]')?.getBoundingClientRect().bottom ?? box.top;
    return [...element.querySelectorAll('[role="rowgroup"] > [role="row"]')].filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.top >= header - 0.5 && rect.bottom <= box.bottom + 0.5;
    }).length;
  });

const scrollsSideways = (grid: Locator): Promise<boolean> => grid.evaluate((element) => element.scrollWidth > element.clientWidth + 1);

/** Every element's box shares one line: their vertical centres all lie within the shortest one's height. */
const expectOneLine = async (locators: Locator[]) => {
  const boxes = await Promise.all(locators.map(async (locator) => (await locator.boundingBox()) ?? { x: 0, y: -1000, width: 0, height: 0 }));
  const centres = boxes.map((box) => box.y + box.height / 2);
  const tolerance = Math.min(...boxes.map((box) => box.height)) / 2;
  expect(Math.max(...centres) - Math.min(...centres), `centres ${centres.join(', ')}`).toBeLessThan(tolerance);
};

const openDroplets = async (page: Page) => {
  await page.goto(demo.url);
  const grid = page.getByRole('grid', { name: 'Droplets' });
  await expect(grid.getByRole('row', { name: /batch-worker-08/ })).toBeAttached();
  return grid;
};

test('at 1280×720 the droplet list shows 18 rows or more, on one toolbar line', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  await fillTheAccount();
  await page.setViewportSize({ width: 1280, height: 720 });
  const grid = await openDroplets(page);
  await page.screenshot({ path: `${shots}/1280-closed.png` });

  expect(await fullyVisibleRows(grid)).toBeGreaterThanOrEqual(18);
  expect(await scrollsSideways(grid)).toBe(false);

  const toolbar = page.getByRole('search', { name: 'Droplets' });
  const search = toolbar.getByRole('searchbox', { name: 'Search droplets' });
  await expectOneLine([search, toolbar.getByRole('combobox').last(), page.getByRole('button', { name: 'Create droplet' })]);
  // The placeholder is not cut: the box is at least as wide as its text.
  const placeholderFits = await search.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return false;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const text = context.measureText(input.placeholder).width;
    return text <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) + 1;
  });
  expect(placeholderFits).toBe(true);

  // Long tag lists stay on one line: chips and "+N", every tag still in the row's text.
  const batch = grid.getByRole('row', { name: /batch-worker-01/ });
  await expect(batch).toContainText('+');
  const rowHeights = await grid.locator('[role="rowgroup"] > [role="row"]').evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
  expect(new Set(rowHeights)).toEqual(new Set([32]));
  await expectNoSeriousAxeViolations(page);

  // Comfortable, from Settings: taller rows, so fewer of them.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Comfortable' }).check();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Droplets' }).click();
  await expect(grid.locator('[role="rowgroup"] > [role="row"]').first()).toHaveCSS('height', '44px');
  expect(await fullyVisibleRows(grid)).toBeLessThan(18);
  expect(consoleProblems).toEqual([]);
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`with the pane open at ${viewport.width}×${viewport.height} the list does not scroll sideways`, async ({ page, consoleProblems }) => {
    test.setTimeout(60_000);
    await fillTheAccount();
    await page.setViewportSize(viewport);
    const grid = await openDroplets(page);
    // The first row in name order: the demo's api-prod-01.
    await grid.getByRole('row', { name: /api-prod-01/ }).getByText('api-prod-01', { exact: true }).click();
    await expect(page.getByRole('complementary', { name: 'Droplet api-prod-01' })).toBeVisible();
    await page.screenshot({ path: `${shots}/${viewport.width}-open.png` });
    expect(await scrollsSideways(grid)).toBe(false);
    await expect(grid.getByRole('columnheader', { name: 'Status' })).toBeVisible();
    // What did not fit is left out, and the column chooser says so.
    await expect(grid.getByRole('columnheader', { name: 'Monthly' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Choose columns' }).click();
    await expect(page.getByRole('menuitemcheckbox', { name: 'Monthly' })).toHaveAccessibleDescription(/Left out to fit the width/);
    await page.keyboard.press('Escape');
    await expectNoSeriousAxeViolations(page);
    expect(consoleProblems).toEqual([]);
  });
}

test('the images list fits 1280×720 without scrolling sideways, with and without the pane', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(demo.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Images' }).click();
  await page.getByRole('tab', { name: 'Distributions' }).click();
  const grid = page.getByRole('grid', { name: 'Distributions' });
  const first = grid.locator('[role="rowgroup"] > [role="row"]').first();
  await expect(first).toBeVisible();
  expect(await scrollsSideways(grid)).toBe(false);

  await first.locator('.resource-name__text').click();
  await expect(page.getByRole('complementary', { name: /^Image / })).toBeVisible();
  expect(await scrollsSideways(grid)).toBe(false);
  await expect(grid.getByRole('columnheader', { name: 'Status' })).toBeVisible();
  await page.screenshot({ path: `${shots}/images-1280-open.png` });
  await expectNoSeriousAxeViolations(page);
  expect(consoleProblems).toEqual([]);
});
