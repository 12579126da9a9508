import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { useControlledDemo } from './support/controlled-demo';
import { docScreenshots } from './support/screenshots';

const demo = useControlledDemo({ startTimeoutMs: 120_000 });

test('the keyboard alone opens a droplet from the palette and reboots it through its confirmation', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/droplets`);
  await expect(page.getByRole('grid', { name: 'Droplets' }).getByRole('row', { name: /web-prod-01/ })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Find or run' });
  await expect(input).toBeFocused();
  await input.pressSequentially('prod-01');
  await expect(palette.getByRole('option').first()).toContainText('web-prod-01');
  await page.screenshot({ path: `${docScreenshots}/command-palette.png` });
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const pane = page.getByRole('complementary', { name: 'Droplet web-prod-01' });
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette.getByRole('group', { name: 'Actions on web-prod-01' })).toBeVisible();
  await input.pressSequentially('reboot');
  await expect(palette.getByRole('option').first()).toContainText('Reboot');
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Reboot web-prod-01?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Reboot' }).click();
  await expect(confirm).toBeHidden();
  const bar = pane.getByRole('progressbar', { name: 'Reboot' });
  await expect(bar).toBeVisible();
  await demo.advance(120);
  await expect(bar).toHaveAttribute('aria-valuetext', /^Done in /, { timeout: 10_000 });
  expect(consoleProblems).toEqual([]);
});

test('? lists the shortcuts and / focuses the search', async ({ page, consoleProblems }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/droplets`);
  const grid = page.getByRole('grid', { name: 'Droplets' });
  await expect(grid.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  await grid.focus();

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('Open the command palette');
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search droplets' })).toBeFocused();
  expect(consoleProblems).toEqual([]);
});
