import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { dropletIdByName, useControlledDemo } from './support/controlled-demo';
import { docScreenshots } from './support/screenshots';

const demo = useControlledDemo({ startTimeoutMs: 120_000 });

/** Finds a droplet by search and opens its pane, as a person would. */
const openDroplet = async (page: Page, name: string) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/droplets`);
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill(name);
  await page.getByRole('grid', { name: 'Droplets' }).getByRole('row', { name: new RegExp(name) }).click();
  const pane = page.getByRole('complementary', { name: `Droplet ${name}` });
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();
  return pane;
};

const menuAction = async (page: Page, pane: ReturnType<Page['getByRole']>, item: string) => {
  await pane.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: item }).click();
};

test('reboots a droplet and watches the pane’s progress bar until it is done', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const pane = await openDroplet(page, 'worker-queue-01');
  await menuAction(page, pane, 'Reboot');
  const dialog = page.getByRole('dialog', { name: 'Reboot worker-queue-01?' });
  await dialog.getByRole('button', { name: 'Reboot' }).click();
  await expect(dialog).toBeHidden();

  const bar = pane.getByRole('progressbar', { name: 'Reboot' });
  await expect(bar).toBeVisible();
  await expect(pane).toContainText(/Reboot.*elapsed/);
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill('');
  await page.screenshot({ path: `${docScreenshots}/running-action.png` });
  await demo.advance(120);
  // The pane keeps the bar at done once DigitalOcean says the reboot completed.
  await expect(bar).toHaveAttribute('aria-valuetext', /^Done in /, { timeout: 10_000 });
  await pane.getByRole('tab', { name: 'History' }).click();
  const latest = pane.getByRole('list', { name: 'Actions, newest first' }).getByRole('listitem').first();
  await expect(latest).toContainText('Reboot', { timeout: 10_000 });
  await expect(latest).toContainText('Completed');
  expect(consoleProblems).toEqual([]);
});

test('powers off, resizes CPU and RAM, and powers on, with an accessible resize dialog', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  const pane = await openDroplet(page, 'grafana');
  await pane.getByRole('button', { name: 'Power off' }).click();
  const powerOff = page.getByRole('dialog', { name: 'Power off grafana?' });
  await powerOff.getByRole('button', { name: 'Power off' }).click();
  await expect(powerOff).toBeHidden();
  await demo.advance(60);
  await expect(pane.getByRole('button', { name: 'Power on' })).not.toHaveAttribute('aria-disabled', { timeout: 10_000 });

  await menuAction(page, pane, 'Resize…');
  const dialog = page.getByRole('dialog', { name: 'Resize grafana' });
  await expect(dialog).toContainText('Current size: s-1vcpu-2gb');
  await expect(dialog.getByRole('radio', { name: /CPU and RAM only/ })).toBeChecked();
  const select = dialog.getByRole('combobox', { name: 'New size' });
  await expect(select.locator('option')).not.toHaveCount(1);
  await select.selectOption({ index: 1 });
  const slug = await select.inputValue();
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Resize', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(pane.getByRole('progressbar', { name: 'Resize' })).toBeVisible();
  await demo.advance(600);
  await expect(pane.getByRole('progressbar', { name: 'Resize' })).toHaveAttribute('aria-valuetext', /^Done in /, { timeout: 10_000 });
  await expect(pane.getByRole('region', { name: 'Size' })).toContainText(slug, { timeout: 10_000 });

  await pane.getByRole('button', { name: 'Power on' }).click();
  await demo.advance(60);
  await expect(pane.getByRole('button', { name: 'Power off' })).not.toHaveAttribute('aria-disabled', { timeout: 10_000 });
  expect(consoleProblems).toEqual([]);
});

test('resizes a running droplet as one flow: a clean shutdown, wait for DigitalOcean, then resize', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  const resizes = async () =>
    ((await demo.api('GET', `/v2/droplets/${await dropletIdByName(demo, 'staging-web')}/actions?per_page=200`)).body.actions as { type: string }[]).filter(
      (action) => action.type === 'resize',
    ).length;
  // The demo's seeded history may hold earlier resizes of it.
  const resizesBefore = await resizes();
  const pane = await openDroplet(page, 'staging-web');
  await menuAction(page, pane, 'Resize…');
  const dialog = page.getByRole('dialog', { name: 'Resize staging-web' });
  const select = dialog.getByRole('combobox', { name: 'New size' });
  await expect(select.locator('option')).not.toHaveCount(1);
  await select.selectOption({ index: 1 });
  const slug = await select.inputValue();
  // A running droplet is shut down cleanly first, as DigitalOcean's own panel does.
  await expect(dialog.getByRole('radio', { name: /Shut down cleanly/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Shut down, then resize' }).click();
  await expect(dialog.getByRole('status')).toContainText('Shutting down cleanly, then resizing to');

  await demo.advance(60);
  // The resize goes out by itself once DigitalOcean says the droplet is off; the dialog then closes.
  await expect(dialog).toBeHidden({ timeout: 10_000 });
  await expect(pane.getByRole('progressbar', { name: 'Resize' })).toBeVisible({ timeout: 10_000 });
  await demo.advance(600);
  await expect(pane.getByRole('progressbar', { name: 'Resize' })).toHaveAttribute('aria-valuetext', /^Done in /, { timeout: 10_000 });
  await expect(pane.getByRole('region', { name: 'Size' })).toContainText(slug, { timeout: 10_000 });
  expect(await resizes()).toBe(resizesBefore + 1);
  expect(consoleProblems).toEqual([]);
});

test('takes a snapshot and finds it in the Snapshots tab', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const pane = await openDroplet(page, 'dev-sandbox-priya');
  await menuAction(page, pane, 'Take snapshot…');
  const dialog = page.getByRole('dialog', { name: 'Take a snapshot of dev-sandbox-priya' });
  await dialog.getByRole('textbox', { name: 'Snapshot name' }).fill('sandbox-e2e-snapshot');
  await dialog.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(dialog).toBeHidden();
  await expect(pane.getByRole('progressbar', { name: 'Snapshot' })).toBeVisible();
  await demo.advance(3600);
  await expect(pane.getByRole('progressbar', { name: 'Snapshot' })).toHaveAttribute('aria-valuetext', /^Done in /, { timeout: 10_000 });
  await pane.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(pane.getByRole('tabpanel', { name: 'Snapshots' })).toContainText('sandbox-e2e-snapshot', { timeout: 10_000 });
  expect(consoleProblems).toEqual([]);
});

test('renames with an invalid name, then a valid one', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const pane = await openDroplet(page, 'vpn-gateway');
  await menuAction(page, pane, 'Rename…');
  const dialog = page.getByRole('dialog', { name: 'Rename vpn-gateway' });
  const field = dialog.getByRole('textbox', { name: 'New name' });
  await field.fill('vpn gateway');
  await expect(field).toHaveAccessibleDescription(/Use only letters/);
  await expect(dialog.getByRole('button', { name: 'Rename' })).toHaveAttribute('aria-disabled', 'true');
  await field.fill('vpn-gateway-2');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog).toBeHidden();
  await demo.advance(60);
  await expect(page.getByRole('complementary', { name: 'Droplet vpn-gateway-2' })).toBeVisible({ timeout: 10_000 });
  expect(consoleProblems).toEqual([]);
});

test('deletes a droplet after its name is typed', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const pane = await openDroplet(page, 'legacy-reporting');
  await menuAction(page, pane, 'Delete…');
  const dialog = page.getByRole('dialog', { name: 'Delete legacy-reporting?' });
  const remove = dialog.getByRole('button', { name: 'Delete droplet' });
  await dialog.getByRole('textbox', { name: 'Type legacy-reporting to confirm' }).fill('legacy-reportin');
  await expect(remove).toHaveAttribute('aria-disabled', 'true');
  await dialog.getByRole('textbox', { name: 'Type legacy-reporting to confirm' }).fill('legacy-reporting');
  await remove.click();
  await expect(pane).toBeHidden();
  await expect(page.getByRole('grid', { name: 'Droplets' }).getByRole('row', { name: /legacy-reporting/ })).toHaveCount(0);
  expect((await demo.api('GET', '/v2/droplets?per_page=200')).body.droplets.some((droplet: { name: string }) => droplet.name === 'legacy-reporting')).toBe(false);
  expect(consoleProblems).toEqual([]);
});

test('a droplet locked behind the panel’s back refuses power off with DigitalOcean’s message', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const pane = await openDroplet(page, 'edge-cache-syd');
  const id = await dropletIdByName(demo, 'edge-cache-syd');
  await pane.getByRole('button', { name: 'Power off' }).click();
  const dialog = page.getByRole('dialog', { name: 'Power off edge-cache-syd?' });
  await expect(dialog).toBeVisible();
  const started = await demo.api('POST', `/v2/droplets/${id}/actions`, { type: 'snapshot' });
  expect(started.status).toBe(201);

  await dialog.getByRole('button', { name: 'Power off' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Droplet already has a pending event.');
  await expect(alert).toContainText('Request ID');
  await expectNoSeriousAxeViolations(page);
  expect(consoleProblems).toEqual([]);
});
