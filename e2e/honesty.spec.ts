import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { dropletIdByName, useControlledDemo } from './support/controlled-demo';
import { dropletRow, openDropletsGrid } from './support/droplets-grid';

/*
 * What the panel shows is true, at the window size most people have: when DigitalOcean cannot be
 * reached or refuses, when something is deleted or started by another client, when a bulk send ends
 * and when an action request loses its answer. The simulator's faults and clock are in the test's
 * hands; the panel's own polling runs on real time, so the journeys wait for what is shown, never sleep.
 */

const demo = useControlledDemo({ startTimeoutMs: 120_000 });

// Every journey leaves DigitalOcean answering for the next one.
test.afterEach(async () => {
  await demo.clearFaults();
});

const openDroplets = (page: Page) => openDropletsGrid(page, demo.url, { width: 1280, height: 720 });

const rowOf = dropletRow;

/** Opens a droplet's pane from its row by its name (the row's middle may be a copy button at this width). */
const openRow = async (page: Page, name: string) => {
  await rowOf(page, name).getByText(name, { exact: true }).click();
  return page.getByRole('complementary', { name: `Droplet ${name}` });
};

const banner = (page: Page) => page.getByRole('status').filter({ hasText: 'DigitalOcean cannot be reached since' });
const refreshFailed = (page: Page) => page.getByRole('status').filter({ hasText: 'Couldn’t refresh — showing data from' });

test('DigitalOcean unreachable: the stale list says so, the banner says since when, a running action stops claiming progress, and all clears on recovery', async ({
  page,
  consoleProblems,
}) => {
  test.setTimeout(180_000);
  await openDroplets(page);
  // The demo opens with a snapshot running on staging-api.
  const running = rowOf(page, 'staging-api');
  await expect(running).toContainText('Snapshot ·');
  await expect(running.getByRole('progressbar')).toBeVisible();

  await demo.fail({ reset: true, count: 'until-cleared' });
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  const stale = refreshFailed(page);
  await expect(stale).toContainText('(DigitalOcean unreachable)', { timeout: 30_000 });
  await expect(stale.getByRole('button', { name: 'Retry' })).toBeVisible();
  // The list is still there, and still said to be what it was.
  await expect(rowOf(page, 'db-primary')).toBeVisible();
  await expect(banner(page)).toBeVisible();

  // The tracker's next poll fails too: the running snapshot holds still and says since when nothing is known.
  await expect(running).toContainText('status unknown since', { timeout: 60_000 });
  await expect(running.getByRole('progressbar')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // A window opened in the middle of the outage shows the banner at once, before any request of its own fails.
  const second = await page.context().newPage();
  await second.setViewportSize({ width: 1280, height: 720 });
  await second.goto(`${demo.url}`);
  await expect(banner(second)).toBeVisible();
  await second.close();

  await demo.clearFaults();
  await stale.getByRole('button', { name: 'Retry' }).click();
  await expect(stale).toBeHidden({ timeout: 30_000 });
  await expect(banner(page)).toBeHidden();
  // The tracker backs off while polls fail; its next one confirms the snapshot again.
  await expect(running).not.toContainText('status unknown', { timeout: 90_000 });
  await expect(running).toContainText('Snapshot ·');
  expect(consoleProblems).toEqual([]);
});

test('a refused refresh shows DigitalOcean’s own message and the request id for support', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  await openDroplets(page);
  const message = 'The API is read-only during scheduled maintenance.';
  await demo.fail({ method: 'GET', path: '/v2/droplets', status: 503, message, count: 'until-cleared' });
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  const stale = refreshFailed(page);
  await expect(stale).toContainText(message, { timeout: 30_000 });
  await expect(stale).toContainText(/Request ID [0-9a-f-]{36}/);
  // DigitalOcean answered: it is refusing, not unreachable.
  await expect(banner(page)).toHaveCount(0);
  await expect(rowOf(page, 'db-primary')).toBeVisible();

  await demo.clearFaults();
  await stale.getByRole('button', { name: 'Retry' }).click();
  await expect(stale).toBeHidden({ timeout: 30_000 });
  expect(consoleProblems).toEqual([]);
});

test('a droplet destroyed by another client opens as a tombstone, every action unavailable, and leaves the list', async ({ page, consoleProblems }) => {
  test.setTimeout(120_000);
  await openDroplets(page);
  const name = 'legacy-reporting';
  const id = await dropletIdByName(demo, name);
  expect((await demo.api('DELETE', `/v2/droplets/${id}`)).status).toBe(204);

  // The list has not been refreshed: the row is still there, and opening it finds out.
  const pane = await openRow(page, name);
  await expect(pane.getByText(/^Deleted — found gone at /)).toBeVisible({ timeout: 20_000 });
  await expect(pane.getByRole('heading', { name })).toBeVisible();
  await expect(pane).toContainText(`ID ${id}`);
  const actions = pane.getByRole('group', { name: 'Droplet actions' }).getByRole('button');
  await expect(actions).not.toHaveCount(0);
  for (const button of await actions.all()) await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(rowOf(page, name)).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  expect(consoleProblems).toEqual([]);
});

test('a link in Activity to a droplet deleted elsewhere opens its tombstone', async ({ page, consoleProblems }) => {
  test.setTimeout(120_000);
  await openDroplets(page);
  const name = 'ci-runner-01';
  const id = await dropletIdByName(demo, name);
  // Another client powers it on, then deletes it: the action stays in the account's history.
  expect((await demo.api('POST', `/v2/droplets/${id}/actions`, { type: 'power_on' })).status).toBe(201);
  await demo.advance(120);
  expect((await demo.api('DELETE', `/v2/droplets/${id}`)).status).toBe(204);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Activity/ }).click();
  const link = page.getByRole('table', { name: /newest first/ }).locator(`a[href="#/droplets?droplet=${id}"]`).first();
  await expect(link).toBeVisible({ timeout: 20_000 });
  await link.click();
  const pane = page.getByRole('complementary', { name: `Droplet ${name}` });
  await expect(pane.getByText(/^Deleted — found gone at /)).toBeVisible({ timeout: 20_000 });
  await expect(pane.getByRole('group', { name: 'Droplet actions' }).getByRole('button', { name: 'Power on' })).toHaveAttribute('aria-disabled', 'true');
  await expect(rowOf(page, name)).toHaveCount(0);
  expect(consoleProblems).toEqual([]);
});

test('a bulk reboot of three ends in one summary toast, and the one that failed is marked on its row', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  const grid = await openDroplets(page);
  const names = ['grafana', 'vpn-gateway', 'edge-cache-syd'];
  await demo.failActions({ type: 'reboot', resourceId: await dropletIdByName(demo, 'vpn-gateway') });
  for (const name of names) await grid.getByRole('checkbox', { name: `Select ${name}` }).click();
  const bar = page.getByRole('group', { name: 'Selected droplets' });
  await expect(bar.getByRole('status')).toHaveText('3 selected');
  await bar.getByRole('button', { name: 'More bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Reboot…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reboot 3 droplets?' });
  await dialog.getByRole('button', { name: 'Reboot 3 droplets' }).click();
  await expect(dialog).toBeHidden();
  for (const name of names) await expect(rowOf(page, name)).toContainText('Reboot ·');

  await demo.advance(600);
  const toasts = page.getByRole('region', { name: 'Action notifications' }).locator('.toast');
  const summary = toasts.filter({ hasText: 'Reboot: 2 completed, 1 failed' });
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary).toContainText('vpn-gateway failed.');
  // One toast for the whole send, not one per droplet.
  await expect(toasts.filter({ hasText: 'Reboot' })).toHaveCount(1);
  await expect(rowOf(page, 'vpn-gateway').getByLabel(/^Reboot failed\./)).toBeVisible();
  for (const name of ['grafana', 'edge-cache-syd']) await expect(rowOf(page, name).getByText('Failed', { exact: true })).toHaveCount(0);
  expect(consoleProblems).toEqual([]);
});

test('a bulk reboot of two that all succeed ends in one summary toast, and no row is marked', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  const grid = await openDroplets(page);
  const names = ['dev-sandbox-priya', 'edge-cache-syd'];
  for (const name of names) await grid.getByRole('checkbox', { name: `Select ${name}` }).click();
  const bar = page.getByRole('group', { name: 'Selected droplets' });
  await expect(bar.getByRole('status')).toHaveText('2 selected');
  await bar.getByRole('button', { name: 'More bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Reboot…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reboot 2 droplets?' });
  await dialog.getByRole('button', { name: 'Reboot 2 droplets' }).click();
  await expect(dialog).toBeHidden();

  await demo.advance(600);
  const toasts = page.getByRole('region', { name: 'Action notifications' }).locator('.toast');
  const summary = toasts.filter({ hasText: 'Reboot: 2 completed' });
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary).toContainText('All 2 finished.');
  await expect(summary).not.toContainText('failed');
  await expect(toasts.filter({ hasText: 'Reboot' })).toHaveCount(1);
  for (const name of names) {
    await expect(rowOf(page, name)).not.toContainText('Reboot ·', { timeout: 20_000 });
    await expect(rowOf(page, name).getByLabel(/failed\./)).toHaveCount(0);
  }
  expect(consoleProblems).toEqual([]);
});

test('DigitalOcean rate limiting: the banner says since when and counts down, the refresh goes through after the wait, and the banner clears itself', async ({
  page,
  consoleProblems,
}) => {
  test.setTimeout(90_000);
  await openDroplets(page);
  await demo.fail({ method: 'GET', path: '/v2/droplets', status: 429, retryAfterSeconds: 3, count: 1 });
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  const limited = page.getByRole('status').filter({ hasText: 'DigitalOcean is rate limiting this account since' });
  await expect(limited).toBeVisible({ timeout: 20_000 });
  await expect(limited).toContainText(/The panel retries in \d+ s\./);
  // A read is retried once the wait is over: no failure to show, and the banner goes by itself.
  await expect(limited).toBeHidden({ timeout: 30_000 });
  await expect(refreshFailed(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Refresh', exact: true })).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  await expect(rowOf(page, 'db-primary')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  expect(consoleProblems).toEqual([]);
});

test('an action request whose answer is lost is found and followed, and the pane says it was not sent again', async ({ page, consoleProblems }) => {
  test.setTimeout(120_000);
  await openDroplets(page);
  const name = 'worker-queue-01';
  const id = await dropletIdByName(demo, name);
  await demo.fail({ method: 'POST', path: '/v2/droplets/{droplet_id}/actions', reset: true, afterEffect: true, count: 1 });

  const pane = await openRow(page, name);
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();
  await pane.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: 'Reboot' }).click();
  const dialog = page.getByRole('dialog', { name: `Reboot ${name}?` });
  // The panel recognises its lost request by DigitalOcean's start time, read against its own clock.
  await demo.catchUpWithWallClock();
  await dialog.getByRole('button', { name: 'Reboot' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  await expect(pane.getByRole('progressbar', { name: 'Reboot' })).toBeVisible();
  await expect(pane).toContainText('The connection broke while the request was being sent, but DigitalOcean had received the Reboot request');
  await expect(pane).toContainText('It was not sent again.');
  const reboots = ((await demo.api('GET', `/v2/droplets/${id}/actions`)).body.actions as { type: string; status: string }[]).filter(
    (action) => action.type === 'reboot',
  );
  expect(reboots).toHaveLength(1);

  await demo.advance(120);
  await expect(pane.getByRole('progressbar', { name: 'Reboot' })).toHaveAttribute('aria-valuetext', /^Done in /, { timeout: 20_000 });
  expect(consoleProblems).toEqual([]);
});

test('while nothing runs, a snapshot started by another client shows up in Activity without a refresh', async ({ page, consoleProblems }) => {
  test.setTimeout(180_000);
  await demo.runUntilIdle();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/activity`);
  // Nothing the panel follows is running once the tracker has seen everything end.
  await expect(page.getByText('Nothing is running on this account right now.')).toBeVisible({ timeout: 60_000 });

  const name = 'dev-sandbox-priya';
  const started = await demo.api('POST', `/v2/droplets/${await dropletIdByName(demo, name)}/actions`, { type: 'snapshot', name: 'priya-from-doctl' });
  expect(started.status).toBe(201);

  // The idle watch reads the account's newest actions once a minute (on the panel's real clock).
  const item = page.getByRole('list', { name: 'Running actions' }).getByRole('listitem').filter({ hasText: name });
  await expect(item).toBeVisible({ timeout: 100_000 });
  await expect(item.getByText('Started elsewhere')).toBeVisible();
  await expect(item.getByRole('progressbar', { name: 'Snapshot' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  expect(consoleProblems).toEqual([]);
});
