import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { useControlledDemo } from './support/controlled-demo';

const demo = useControlledDemo();

test('two droplets created at once appear with their create progress, then run', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(demo.url);
  const grid = page.getByRole('grid', { name: 'Droplets' });
  await expect(grid.getByRole('row', { name: /web-prod-01/ })).toBeVisible();

  await page.getByRole('button', { name: 'Create droplet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create droplets' });
  await dialog.getByLabel('Names').fill('e2e-web-01\ne2e-web-02');
  await dialog.getByLabel('Image').selectOption('slug:ubuntu-24-04-x64');
  await dialog.getByLabel('Region').selectOption('fra1');
  await dialog.getByLabel('Size').selectOption('s-1vcpu-1gb');
  await dialog.getByRole('checkbox', { name: /priya@juniper-laptop/ }).check();
  await dialog.getByLabel('Tags').fill('e2e');
  await expect(dialog.getByText(/Without an SSH key/)).toBeHidden();
  await expectNoSeriousAxeViolations(page);

  await dialog.getByRole('button', { name: 'Create 2 droplets' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/droplets\?droplet=\d+$/);
  const created = ['e2e-web-01', 'e2e-web-02'].map((name) => grid.getByRole('row', { name: new RegExp(name) }));
  for (const row of created) await expect(row).toContainText(/Create · /);

  // Simulated time runs the creates to their end; the tracker sees it on its next (real-time) poll.
  await demo.advance(600);
  for (const row of created) await expect(row).toContainText('Active', { timeout: 10_000 });
  const listed = await demo.api('GET', '/v2/droplets?tag_name=e2e');
  expect(listed.body.droplets.map((droplet: { name: string; status: string }) => `${droplet.name} ${droplet.status}`).sort()).toEqual(['e2e-web-01 active', 'e2e-web-02 active']);
  expect(consoleProblems).toEqual([]);
});
