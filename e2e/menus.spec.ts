import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { useControlledDemo } from './support/controlled-demo';

const demo = useControlledDemo({ startTimeoutMs: 120_000 });

// The window sizes people use the panel at: a small laptop and a common desktop.
const sizes = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

/** The open menu lies inside the window, so every item can be scrolled to and clicked. */
const expectInsideWindow = async (page: Page, menu: Locator) => {
  const box = await menu.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (box === null || viewport === null) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
};

const openDroplet = async (page: Page, size: { width: number; height: number }, name: string) => {
  await page.setViewportSize(size);
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/droplets`);
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill(name);
  // On the name: at 1280 wide the row's middle is its IP address's copy button.
  await page.getByRole('grid', { name: 'Droplets' }).getByRole('row', { name: new RegExp(name) }).getByText(name, { exact: true }).click();
  const pane = page.getByRole('complementary', { name: `Droplet ${name}` });
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();
  return pane;
};

/** Opens More actions and clicks an item with the mouse; Playwright scrolls the menu to it as a person would. */
const clickMoreAction = async (page: Page, pane: Locator, item: string) => {
  await pane.getByRole('button', { name: 'More actions' }).click();
  const menu = page.getByRole('menu', { name: 'More actions' });
  await expectInsideWindow(page, menu);
  await menu.getByRole('menuitem', { name: item }).click();
};

for (const size of sizes) {
  test(`at ${size.width}×${size.height} Delete and Restore in the pane's More actions are reached with the mouse`, async ({ page, consoleProblems }) => {
    test.setTimeout(60_000);
    const pane = await openDroplet(page, size, 'web-prod-01');
    // A finished action leaves its bar in the pane, which pushes the menu's trigger further down.
    await clickMoreAction(page, pane, 'Reboot');
    const reboot = page.getByRole('dialog', { name: 'Reboot web-prod-01?' });
    await reboot.getByRole('button', { name: 'Reboot' }).click();
    await expect(reboot).toBeHidden();
    await demo.advance(120);
    await expect(pane.getByRole('progressbar', { name: 'Reboot' })).toHaveAttribute('aria-valuetext', /^Done in /, { timeout: 10_000 });

    await clickMoreAction(page, pane, 'Delete…');
    const remove = page.getByRole('dialog', { name: 'Delete web-prod-01?' });
    await expect(remove).toBeVisible();
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await expect(remove).toBeHidden();

    await clickMoreAction(page, pane, 'Restore from backup…');
    const restore = page.getByRole('dialog', { name: 'Restore web-prod-01 from a backup' });
    await expect(restore).toBeVisible();
    await restore.getByRole('button', { name: 'Cancel' }).click();
    await expect(restore).toBeHidden();
    expect(consoleProblems).toEqual([]);
  });

  test(`at ${size.width}×${size.height} the bulk menu's last item is reached with the mouse`, async ({ page, consoleProblems }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(size);
    await page.goto(demo.url);
    await page.goto(`${new URL(demo.url).origin}/#/droplets`);
    const grid = page.getByRole('grid', { name: 'Droplets' });
    await grid.getByRole('checkbox', { name: 'Select web-prod-01' }).click();
    await grid.getByRole('checkbox', { name: 'Select web-prod-02' }).click();
    await page.getByRole('group', { name: 'Selected droplets' }).getByRole('button', { name: 'More bulk actions' }).click();
    const menu = page.getByRole('menu').filter({ has: page.getByRole('menuitem', { name: 'Delete…' }) });
    await expectInsideWindow(page, menu);
    await menu.getByRole('menuitem', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 2 droplets?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(consoleProblems).toEqual([]);
  });
}
