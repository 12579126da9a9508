import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { dropletIdByName, useControlledDemo } from './support/controlled-demo';
import { dropletRow, openDropletsGrid } from './support/droplets-grid';

const demo = useControlledDemo({ startTimeoutMs: 120_000 });

const open = (page: Page) => openDropletsGrid(page, demo.url, { width: 1440, height: 900 });

const rowOf = dropletRow;

test('shuts down the droplets of a tag through the tag, each with its own progress', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const grid = await open(page);
  await grid.getByRole('checkbox', { name: 'Select db-primary' }).click();
  await grid.getByRole('checkbox', { name: 'Select db-replica' }).click();
  const bar = page.getByRole('group', { name: 'Selected droplets' });
  await expect(bar.getByRole('status')).toHaveText('2 selected');
  await expect(grid).toBeFocused();
  await expectNoSeriousAxeViolations(page);

  await bar.getByRole('button', { name: 'More bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Shut down…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Shut down 2 droplets?' });
  await expect(dialog.getByText('Through tag db — 2 droplets, in one request.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Shut down 2 droplets' }).click();
  await expect(dialog).toBeHidden();

  for (const name of ['db-primary', 'db-replica']) await expect(rowOf(page, name)).toContainText('Shut down ·');
  await demo.advance(300);
  for (const name of ['db-primary', 'db-replica']) await expect(rowOf(page, name)).toContainText('Off', { timeout: 10_000 });
  expect(consoleProblems).toEqual([]);
});

test('reboots one droplet at a time, skips the busy one and lists what DigitalOcean refused', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const grid = await open(page);
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill('staging');
  await expect(grid.getByRole('row')).toHaveCount(3);
  await grid.focus();
  await page.keyboard.press('Control+a');
  const bar = page.getByRole('group', { name: 'Selected droplets' });
  await expect(bar.getByRole('status')).toHaveText('2 selected');

  await bar.getByRole('button', { name: 'More bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Reboot…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reboot 1 droplet?' });
  await expect(dialog.getByText('One request per droplet — 1 droplet, each with its own progress.')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Skipped droplets' })).toContainText('staging-api');
  await dialog.getByRole('button', { name: 'Reboot 1 droplet' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, 'staging-web')).toContainText('Reboot ·');
  await demo.runUntilIdle();

  // Another client starts an action the panel has not seen yet: DigitalOcean refuses that droplet.
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill('web-prod');
  await expect(grid.getByRole('row')).toHaveCount(3);
  // Neither picked droplet is shown any more: the selection went with them.
  await expect(bar).toBeHidden();
  await grid.getByRole('checkbox', { name: 'Select web-prod-01' }).click();
  await grid.getByRole('checkbox', { name: 'Select web-prod-02' }).click();
  await page.getByRole('group', { name: 'Selected droplets' }).getByRole('button', { name: 'More bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Power cycle…' }).click();
  const cycle = page.getByRole('dialog', { name: 'Power cycle 2 droplets?' });
  // The tag web also carries staging-web, so each droplet gets its own request.
  await expect(cycle.getByText('One request per droplet — 2 droplets, each with its own progress.')).toBeVisible();
  const elsewhere = await demo.api('POST', `/v2/droplets/${await dropletIdByName(demo, 'web-prod-02')}/actions`, { type: 'power_cycle' });
  expect(elsewhere.status).toBe(201);
  await cycle.getByRole('button', { name: 'Power cycle 2 droplets' }).click();
  await expect(cycle.getByRole('alert')).toContainText('Started on 1 of 2 droplets');
  await expect(cycle.getByRole('list', { name: 'Failed' })).toContainText('web-prod-02: Droplet already has a pending event.');
  await expectNoSeriousAxeViolations(page);
  await cycle.getByRole('button', { name: 'Done' }).click();
  await expect(rowOf(page, 'web-prod-01')).toContainText(/Power.?cycle · /i);
  expect(consoleProblems).toEqual([]);
});
