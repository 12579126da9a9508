import { expect, test } from '@playwright/test';
import { startPanelServer, type PanelServer } from './support/panel-server';

let demo: PanelServer;

test.beforeAll(async () => {
  demo = await startPanelServer(['--demo'], { DIGITALOCEAN_API_URL: '' });
});

test.afterAll(async () => {
  await demo.stop();
});

test('--demo points the main side at the in-process simulator', async ({ page }) => {
  expect(demo.stdout().trim().split('\n')).toEqual([`Panel ready at ${demo.url}`]);
  await page.goto(demo.url);
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('menuitem', { name: /About/ }).click();
  const about = page.getByRole('dialog');
  await expect(about).toContainText(/http:\/\/127\.0\.0\.1:\d+/);
  await expect(about).not.toContainText('api.digitalocean.com');
});
