import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { startPanelServer, type PanelServer } from './support/panel-server';

const shots = '/tmp/shots-droplets';
let demo: PanelServer;

test.beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  demo = await startPanelServer(['--demo'], { DIGITALOCEAN_API_URL: '' });
});

test.afterAll(async () => {
  await demo.stop();
});

const setTheme = async (page: Page, theme: 'light' | 'dark') => {
  await page.evaluate((value) => localStorage.setItem('do-panel.theme', JSON.stringify({ state: { preference: value }, version: 0 })), theme);
  await page.reload();
};

test('the demo droplets: search, open with Enter, read the details, close with Escape', async ({ page, consoleProblems }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(demo.url);
  const grid = page.getByRole('grid', { name: 'Droplets' });
  await expect(grid.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /db-primary/ })).toBeVisible();
  await setTheme(page, 'light');
  await expect(grid.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  await page.screenshot({ path: `${shots}/list-light.png` });
  await setTheme(page, 'dark');
  await expect(grid.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  await page.screenshot({ path: `${shots}/list-dark.png` });

  const search = page.getByRole('searchbox', { name: 'Search droplets' });
  await search.fill('grafana');
  await expect(grid.getByRole('row')).toHaveCount(2);
  const grafana = grid.getByRole('row', { name: /grafana/ });
  const ip = (await grafana.getByRole('button', { name: /copy IP address/ }).textContent())?.trim() ?? '';
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

  await pane.getByRole('tab', { name: 'History' }).click();
  await expect(pane.getByRole('tabpanel').getByRole('listitem').first()).toContainText('Create');

  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Droplet grafana' })).toBeVisible();
  await setTheme(page, 'light');
  await expect(pane).toContainText(ip);
  await page.screenshot({ path: `${shots}/detail-light.png` });

  await grid.focus();
  await page.keyboard.press('Escape');
  await expect(pane).toBeHidden();
  await expect(page).not.toHaveURL(/droplet=/);
  expect(consoleProblems).toEqual([]);
});
