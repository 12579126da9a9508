import { expect, test } from '@playwright/test';
import { useDemoPanel } from './support/panel-server';

const demo = useDemoPanel();

test('--demo starts on the demo account, served by the in-process simulator', async ({ page }) => {
  expect(demo.stdout().trim().split('\n')).toEqual([`Panel ready at ${demo.url}`]);
  await page.goto(demo.url);
  // The demo seed's account, as the simulator's GET /v2/account describes it.
  await page.getByRole('button', { name: /^Account: infra@juniper-analytics\.example/ }).click();
  await page.getByRole('menuitem', { name: /About/ }).click();
  const about = page.getByRole('dialog');
  await expect(about).toContainText(/http:\/\/127\.0\.0\.1:\d+/);
  await expect(about).not.toContainText('api.digitalocean.com');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  const card = page.getByRole('region', { name: 'infra@juniper-analytics.example' });
  await expect(card).toContainText('Juniper Analytics');
  await expect(card).toContainText('None needed (demo)');
});
