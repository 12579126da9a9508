import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { useControlledDemo } from './support/controlled-demo';
import { docScreenshots } from './support/screenshots';

const demo = useControlledDemo();

const openImages = async (page: Page, query = '') => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(demo.url);
  await page.evaluate(() => localStorage.setItem('do-panel.theme', JSON.stringify({ state: { preference: 'light' }, version: 0 })));
  await page.goto(`${new URL(demo.url).origin}/#/images${query}`);
  // The theme is read when the page loads; the address may have changed only in its hash.
  await page.reload();
};

const openImage = async (page: Page, tab: string, name: string): Promise<Locator> => {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('searchbox', { name: 'Search images' }).fill(name);
  await page.getByRole('grid', { name: tab }).getByRole('row', { name: new RegExp(name.replace(/[.()]/g, '\\$&')) }).first().click();
  const pane = page.getByRole('complementary', { name: /^Image / });
  await expect(pane.getByRole('region', { name: 'Image' })).toBeVisible();
  return pane;
};

const fact = (pane: Locator, term: string) => pane.locator('.image-facts__item').filter({ has: pane.page().locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');

test('browse each tab, with the pane open on a snapshot and no serious accessibility violation', async ({ page, consoleProblems }) => {
  await openImages(page);
  const snapshots = page.getByRole('grid', { name: 'Snapshots' });
  await expect(snapshots.getByRole('row', { name: /db-primary-before-pg16/ })).toBeVisible();
  // Where each snapshot came from, named from the droplets list.
  await expect(snapshots.getByRole('row', { name: /db-primary-before-pg16/ })).toContainText('db-primary');

  await page.getByRole('tab', { name: 'Backups' }).click();
  await expect(page.getByRole('grid', { name: 'Backups' }).getByRole('row', { name: /web-prod-01/ }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Custom images' }).click();
  const custom = page.getByRole('grid', { name: 'Custom images' });
  await expect(custom.getByRole('row', { name: /pfsense-2\.7\.2/ })).toBeVisible();
  await expect(custom.getByRole('row', { name: /windows-server-2022/ })).toContainText('Import failed');
  await page.getByRole('tab', { name: 'Distributions' }).click();
  await expect(page.getByRole('grid', { name: 'Distributions' }).getByRole('row', { name: /ubuntu-24-04-x64/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Applications' }).click();
  await expect(page.getByRole('grid', { name: 'Applications' }).getByRole('row', { name: /docker-20-04/ })).toBeVisible();
  await expect(page).toHaveURL(/#\/images\?tab=applications/);

  const pane = await openImage(page, 'Snapshots', 'db-primary-before-pg16');
  await expect(pane.getByRole('region', { name: 'Droplet' })).toContainText('Snapshot of db-primary');
  await expect(pane.getByRole('link', { name: 'Open the droplet' })).toHaveAttribute('href', /#\/droplets\?droplet=\d+/);
  await page.getByRole('searchbox', { name: 'Search images' }).fill('');
  await expect(page.getByRole('grid', { name: 'Snapshots' }).getByRole('row', { name: /api-prod-01-pre-upgrade/ })).toBeVisible();
  await page.screenshot({ path: `${docScreenshots}/images.png` });
  await expectNoSeriousAxeViolations(page);

  // A link from a notification names only the image: the tab that holds it opens.
  const imageId = new URL(page.url()).hash.match(/image=(\d+)/)?.[1];
  await page.goto(`${new URL(demo.url).origin}/#/images?image=${imageId}`);
  await expect(page.getByRole('tab', { name: 'Snapshots' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('complementary', { name: 'Image db-primary-before-pg16' })).toBeVisible();
  expect(consoleProblems).toEqual([]);
});

test('rename a snapshot', async ({ page, consoleProblems }) => {
  await openImages(page, '?tab=snapshots');
  const pane = await openImage(page, 'Snapshots', 'api-prod-01-pre-upgrade');
  await pane.getByRole('button', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename api-prod-01-pre-upgrade' });
  await dialog.getByLabel('Name').fill('');
  await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription('Give the image a name.');
  await dialog.getByLabel('Name').fill('api-prod-01-before-upgrade');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Image api-prod-01-before-upgrade' })).toBeVisible();
  const reply = await demo.api('GET', '/v2/snapshots?resource_type=droplet&per_page=200');
  expect(reply.body.snapshots.map((snapshot: { name: string }) => snapshot.name)).toContain('api-prod-01-before-upgrade');
  expect(consoleProblems).toEqual([]);
});

test('transfer a snapshot to another region and watch it complete', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  await openImages(page, '?tab=snapshots');
  const pane = await openImage(page, 'Snapshots', 'db-primary-before-pg16');
  await pane.getByRole('button', { name: 'Transfer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Transfer db-primary-before-pg16' });
  await expect(dialog.getByRole('radio', { name: /New York 3/ })).toBeDisabled();
  await expect(dialog.getByText('Already holds the image')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /San Francisco 1/ })).toBeDisabled();
  await dialog.getByRole('radio', { name: /Amsterdam 3/ }).check();
  await dialog.getByRole('button', { name: 'Transfer' }).click();
  await expect(dialog).toBeHidden();
  await expect(pane.getByRole('progressbar', { name: 'Transfer' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Snapshots' }).getByRole('row', { name: /db-primary-before-pg16/ })).toContainText('Transfer ·');

  await demo.advance(3600);
  // The pane keeps the finished bar, at done.
  await expect(pane.getByRole('progressbar', { name: 'Transfer' })).toHaveAttribute('aria-valuetext', /^Done in /, { timeout: 20_000 });
  await expect(fact(pane, 'Regions')).toContainText('ams3');
  await expect(pane.getByRole('region', { name: 'History' })).toContainText('Transfer to ams3');
  expect(consoleProblems).toEqual([]);
});

test('convert a backup to a snapshot', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  await openImages(page, '?tab=backups');
  const pane = await openImage(page, 'Backups', 'db-replica');
  const name = (await pane.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await pane.getByRole('button', { name: 'Convert to snapshot' }).click();
  const dialog = page.getByRole('dialog', { name: `Convert ${name} to a snapshot?` });
  await expect(dialog).toContainText('stays until you delete it');
  await dialog.getByRole('button', { name: 'Convert to snapshot' }).click();
  await expect(dialog).toBeHidden();
  await expect(pane.getByRole('progressbar', { name: 'Convert to snapshot' })).toBeVisible();

  await demo.advance(3600);
  await expect(fact(pane, 'Type')).toContainText('snapshot', { timeout: 20_000 });
  await expect(pane.getByRole('button', { name: 'Convert to snapshot' })).toBeHidden();
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await page.getByRole('searchbox', { name: 'Search images' }).fill(name);
  await expect(page.getByRole('grid', { name: 'Snapshots' }).getByRole('row', { name: new RegExp(name) })).toBeVisible();
  expect(consoleProblems).toEqual([]);
});

const importImage = async (page: Page, name: string, url: string) => {
  await openImages(page, '?tab=custom');
  await page.getByRole('button', { name: 'Import an image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a custom image' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Image URL').fill('https://images.example.com/disk.iso');
  await expect(dialog.getByLabel('Image URL')).toHaveAccessibleDescription(/The file must be a raw, qcow2, vhdx, vdi, vmdk/);
  await dialog.getByLabel('Image URL').fill(url);
  await dialog.getByLabel('Region').selectOption('nyc3');
  await dialog.getByLabel('Distribution (optional)').selectOption('Debian');
  await dialog.getByLabel('Tags (optional)').fill('e2e');
  await dialog.getByRole('button', { name: 'Import image' }).click();
  await expect(dialog).toBeHidden();
  const pane = page.getByRole('complementary', { name: `Image ${name}` });
  await expect(pane).toBeVisible();
  return pane;
};

test('import a custom image by URL and watch it become available', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const pane = await importImage(page, 'debian-e2e', 'https://images.example.com/debian-12.qcow2.gz');
  await expect(pane.getByRole('progressbar', { name: 'Image import' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Custom images' }).getByRole('row', { name: /debian-e2e/ })).toBeVisible();

  await demo.advance(3600);
  await expect(fact(pane, 'Status')).toContainText('Available', { timeout: 20_000 });
  await expect(fact(pane, 'Regions')).toContainText('nyc3');
  await expect(fact(pane, 'Tags')).toContainText('e2e');
  await expect(pane.getByRole('button', { name: 'Create droplet' })).not.toHaveAttribute('aria-disabled');
  expect(consoleProblems).toEqual([]);
});

test('import a custom image from a URL that cannot be downloaded and read why', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000);
  const pane = await importImage(page, 'broken-e2e', 'https://images.example.invalid/disk.qcow2');
  await demo.advance(3600);
  const callout = pane.getByText('The import failed');
  await expect(callout).toBeVisible({ timeout: 20_000 });
  await expect(pane).toContainText('The image could not be imported: its URL could not be downloaded.');
  await expect(page.getByRole('grid', { name: 'Custom images' }).getByRole('row', { name: /broken-e2e/ })).toContainText('Import failed');
  expect(consoleProblems).toEqual([]);
});

test('delete a snapshot', async ({ page, consoleProblems }) => {
  await openImages(page, '?tab=snapshots');
  const pane = await openImage(page, 'Snapshots', 'db-primary-2025-q1');
  await pane.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete db-primary-2025-q1?' });
  await expect(dialog).toContainText('This is permanent');
  await dialog.getByRole('button', { name: 'Delete image' }).click();
  await expect(dialog).toBeHidden();
  await expect(pane).toBeHidden();
  await expect(page.getByRole('region', { name: 'No images match' })).toBeVisible();
  await expect(page).not.toHaveURL(/image=/);
  expect(consoleProblems).toEqual([]);
});
