import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { useControlledDemo } from './support/controlled-demo';
import { docScreenshots } from './support/screenshots';

const demo = useControlledDemo();

const useLightTheme = async (page: Page) => {
  await page.evaluate(() => localStorage.setItem('do-panel.theme', JSON.stringify({ state: { preference: 'light' }, version: 0 })));
  await page.reload();
};

test('a reboot shows in Activity while it runs, and a toast with View when it settles', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(demo.url);
  await useLightTheme(page);

  const grid = page.getByRole('grid', { name: 'Droplets' });
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill('web-prod-02');
  await grid.getByRole('row', { name: /web-prod-02/ }).click();
  const pane = page.getByRole('complementary', { name: 'Droplet web-prod-02' });
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();
  const dropletUrl = new URL(page.url()).hash;

  await pane.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: 'Reboot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reboot web-prod-02?' });
  await dialog.getByRole('button', { name: 'Reboot' }).click();
  await expect(dialog).toBeHidden();

  // The sidebar counts it, and Activity shows it as a labelled progress bar linking to the droplet.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: /^Activity\W+\d+ running$/ }).click();
  const running = page.getByRole('list', { name: 'Running actions' });
  const item = running.getByRole('listitem').filter({ hasText: 'web-prod-02' });
  await expect(item.getByRole('progressbar', { name: 'Reboot' })).toBeVisible();
  await expect(item.getByRole('link', { name: 'web-prod-02' })).toHaveAttribute('href', dropletUrl.replace(/q=[^&]*&/, ''));
  await expect(page.getByRole('table', { name: /newest first/ })).toBeVisible();
  await page.screenshot({ path: `${docScreenshots}/activity.png` });
  await expectNoSeriousAxeViolations(page);

  // Simulated time runs the reboot to its end; the tracker sees it on its next (real-time) poll.
  await demo.advance(600);
  const toasts = page.getByRole('region', { name: 'Action notifications' });
  const toast = toasts.locator('.toast').filter({ hasText: 'Reboot completed' });
  await expect(toast).toBeVisible({ timeout: 20_000 });
  // Hovered, it stays put for the screenshot and the click.
  await toast.hover();
  await expect(toast).toContainText(/web-prod-02: done in/);
  await page.screenshot({ path: `${docScreenshots}/toast.png` });

  await expect(page.getByRole('list', { name: 'Finished actions, newest first' }).getByRole('listitem').filter({ hasText: 'web-prod-02' })).toContainText(
    /Done in/,
  );
  await expect(item).toHaveCount(0);

  await toast.getByRole('link', { name: 'View' }).click();
  await expect(page).toHaveURL(/#\/droplets\?droplet=\d+$/);
  await expect(page.getByRole('complementary', { name: 'Droplet web-prod-02' })).toBeVisible();
  await expect(toast).toBeHidden();
  expect(consoleProblems).toEqual([]);
});

test('Settings offers the notification choices, accessibly, and keeps them', async ({ page, consoleProblems }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/settings`);
  const section = page.getByRole('region', { name: 'Notifications', exact: true });
  await expect(section.getByRole('radio', { name: /Every completion/ })).toBeChecked();
  await expect(section).toContainText('show as messages in the corner of this page');
  await expectNoSeriousAxeViolations(page);

  // click, not check(): the choice is saved through the main side and shows a moment later.
  await section.getByRole('radio', { name: /Errors only/ }).click();
  await expect(section.getByRole('radio', { name: /Errors only/ })).toBeChecked();
  await page.reload();
  await expect(section.getByRole('radio', { name: /Errors only/ })).toBeChecked();
  await section.getByRole('radio', { name: /Every completion/ }).click();
  await expect(section.getByRole('radio', { name: /Every completion/ })).toBeChecked();
  expect(consoleProblems).toEqual([]);
});
