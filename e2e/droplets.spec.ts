import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { useDemoPanel } from './support/panel-server';
import { docScreenshots } from './support/screenshots';

const shots = '/tmp/shots-droplets';
test.beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

const demo = useDemoPanel();

const setTheme = async (page: Page, theme: 'light' | 'dark') => {
  await page.evaluate((value) => localStorage.setItem('do-panel.theme', JSON.stringify({ state: { preference: value }, version: 0 })), theme);
  await page.reload();
};

test('the demo droplets: search, open with Enter, read the details, close with Escape', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(demo.url);
  const grid = page.getByRole('grid', { name: 'Droplets' });
  await expect(grid.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /db-primary/ })).toBeVisible();
  await setTheme(page, 'light');
  await expect(grid.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  await page.screenshot({ path: `${docScreenshots}/droplets.png` });
  await setTheme(page, 'dark');
  await expect(grid.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  await page.screenshot({ path: `${shots}/list-dark.png` });
  await expectNoSeriousAxeViolations(page);

  const search = page.getByRole('searchbox', { name: 'Search droplets' });
  await search.fill('grafana');
  await expect(grid.getByRole('row')).toHaveCount(2);
  const grafana = grid.getByRole('row', { name: /grafana/ });
  const ipCell = grafana.getByRole('gridcell').filter({ has: page.getByRole('button', { name: 'Copy IP address' }) });
  const ip = (await ipCell.textContent())?.trim() ?? '';
  expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

  await search.fill(ip);
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('row', { name: /grafana/ })).toBeVisible();

  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const pane = page.getByRole('complementary', { name: 'Droplet grafana' });
  await expect(pane).toContainText(ip);
  await expect(pane).toContainText('lon1');
  await expect(pane.getByRole('region', { name: 'Networking' })).toContainText(ip);
  await expect(page).toHaveURL(/#\/droplets\?q=.+&droplet=\d+/);
  await page.screenshot({ path: `${shots}/detail-dark.png` });
  await expectNoSeriousAxeViolations(page);

  await pane.getByRole('tab', { name: 'History' }).click();
  // The oldest entry, below the demo's seeded history: the droplet's create.
  await expect(pane.getByRole('tabpanel').getByRole('listitem').last()).toContainText('Create');

  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Droplet grafana' })).toBeVisible();
  await setTheme(page, 'light');
  await expect(pane).toContainText(ip);
  await page.screenshot({ path: `${docScreenshots}/droplet-detail.png` });

  await grid.focus();
  await page.keyboard.press('Escape');
  await expect(pane).toBeHidden();
  await expect(page).not.toHaveURL(/droplet=/);
  expect(consoleProblems).toEqual([]);
});

const openDroplet = async (page: Page, name: string) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(demo.url);
  const grid = page.getByRole('grid', { name: 'Droplets' });
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill(name);
  await grid.getByRole('row', { name: new RegExp(name) }).click();
  const pane = page.getByRole('complementary', { name: `Droplet ${name}` });
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();
  return { grid, pane };
};

const moreAction = async (page: Page, pane: ReturnType<Page['getByRole']>, item: string) => {
  await pane.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: item }).click();
};

test('reboot a running demo droplet and see it in progress', async ({ page, consoleProblems }) => {
  const { grid, pane } = await openDroplet(page, 'web-prod-02');
  await expect(pane.getByRole('button', { name: 'Power on' })).toHaveAttribute('aria-disabled', 'true');
  await moreAction(page, pane, 'Reboot');
  const dialog = page.getByRole('dialog', { name: 'Reboot web-prod-02?' });
  await dialog.getByRole('button', { name: 'Reboot' }).click();
  await expect(dialog).toBeHidden();
  // The demo runs on a real clock: the reboot is seen starting, not waited for.
  await expect(pane.locator('.droplet-pane__summary')).toContainText(/Reboot/);
  await expect(grid.getByRole('row', { name: /web-prod-02/ })).toContainText(/Reboot/);
  await expect(pane.getByRole('button', { name: 'Power off' })).toHaveAttribute('aria-disabled', 'true');
  await page.screenshot({ path: `${shots}/reboot-in-progress.png` });
  expect(consoleProblems).toEqual([]);
});

test('rename a demo droplet: an invalid name is refused as typed, a valid one shows in the list', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const { grid, pane } = await openDroplet(page, 'staging-web');
  await moreAction(page, pane, 'Rename…');
  const dialog = page.getByRole('dialog', { name: 'Rename staging-web' });
  const field = dialog.getByRole('textbox', { name: 'New name' });
  await field.fill('staging web');
  await expect(dialog).toContainText('Use only letters');
  await expect(dialog.getByRole('button', { name: 'Rename' })).toHaveAttribute('aria-disabled', 'true');
  await page.screenshot({ path: `${shots}/rename-invalid.png` });
  await field.fill('staging-web-02');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill('staging-web');
  await expect(grid.getByRole('row', { name: /staging-web-02/ })).toBeVisible({ timeout: 30_000 });
  expect(consoleProblems).toEqual([]);
});

test('delete a demo droplet after typing its name, and it leaves the list', async ({ page, consoleProblems }) => {
  const { grid, pane } = await openDroplet(page, 'dev-sandbox-priya');
  await moreAction(page, pane, 'Delete…');
  const dialog = page.getByRole('dialog', { name: 'Delete dev-sandbox-priya?' });
  const remove = dialog.getByRole('button', { name: 'Delete droplet' });
  await dialog.getByRole('textbox', { name: 'Type dev-sandbox-priya to confirm' }).fill('dev-sandbox');
  await expect(remove).toHaveAttribute('aria-disabled', 'true');
  await page.screenshot({ path: `${shots}/delete-confirm.png` });
  await dialog.getByRole('textbox', { name: 'Type dev-sandbox-priya to confirm' }).fill('dev-sandbox-priya');
  await remove.click();
  await expect(dialog).toBeHidden();
  await expect(pane).toBeHidden();
  await expect(grid.getByRole('row', { name: /dev-sandbox-priya/ })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill('');
  await expect(grid.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /dev-sandbox-priya/ })).toHaveCount(0);
  expect(consoleProblems).toEqual([]);
});
