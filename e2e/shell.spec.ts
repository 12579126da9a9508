import path from 'node:path';
import { expect, test } from './fixtures';

const areas = [
  { label: 'Droplets', hash: '#/droplets' },
  { label: 'Images', hash: '#/images' },
  { label: 'Activity', hash: '#/activity' },
  { label: 'Accounts', hash: '#/accounts' },
  { label: 'Settings', hash: '#/settings' },
];

test.describe('the shell in browser mode', () => {
  test('opens with the printed key, then drops it from the address bar', async ({ page, panel, consoleProblems }) => {
    await page.goto(panel.url);
    expect(new URL(page.url()).searchParams.has('key')).toBe(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Droplets' })).toBeVisible();
    // The cookie carries the key from now on: a reload still works.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Droplets' })).toBeVisible();
    expect(consoleProblems).toEqual([]);
  });

  test('walks every area from the sidebar', async ({ page, panel, consoleProblems }) => {
    await page.goto(panel.url);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const area of areas) {
      await nav.getByRole('link', { name: area.label }).click();
      await expect(page).toHaveURL(new RegExp(`${area.hash}$`));
      await expect(page.getByRole('heading', { level: 1, name: area.label })).toBeVisible();
      await expect(nav.getByRole('link', { name: area.label })).toHaveAttribute('aria-current', 'page');
    }
    expect(consoleProblems).toEqual([]);
  });

  test('shows the account state and the About dialog from the main side', async ({ page, panel, consoleProblems }) => {
    await page.goto(panel.url);
    await page.getByRole('button', { name: /^Account: No account connected/ }).click();
    await page.getByRole('menuitem', { name: /About/ }).click();
    const about = page.getByRole('dialog');
    await expect(about).toBeVisible();
    // Answered by the real main side over the socket: browser runtime, Node version.
    await expect(about).toContainText(/browser/i);
    await expect(about).toContainText('api.digitalocean.com');
    await page.keyboard.press('Escape');
    await expect(about).toBeHidden();
    await expect(page.getByRole('button', { name: /^Account: No account connected/ })).toBeFocused();
    expect(consoleProblems).toEqual([]);
  });

  test('switches themes from Settings and follows the system by default', async ({ page, panel, consoleProblems }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(panel.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    // The radio sits under its preview card; people click the card.
    await page.locator('label').filter({ has: page.getByRole('radio', { name: 'Dark' }) }).click();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The choice survives a reload.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(consoleProblems).toEqual([]);
  });

  test('shows keyboard focus on every stop', async ({ page, panel, consoleProblems }) => {
    await page.goto(panel.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Droplets' })).toBeVisible();
    for (let stop = 0; stop < 8; stop += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'none';
        const style = getComputedStyle(active);
        return style.outlineStyle === 'none' && style.boxShadow === 'none' ? 'none' : 'visible';
      });
      expect(outline, `focus stop ${stop + 1}`).toBe('visible');
    }
    expect(consoleProblems).toEqual([]);
  });

  test('saves the screenshot the README shows', async ({ page, panel }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(panel.url);
    // A first start: the welcome, offering a token or the demo account.
    await expect(page.getByRole('heading', { name: 'Welcome to DigitalOcean Panel' })).toBeVisible();
    await page.screenshot({ path: path.resolve(import.meta.dirname, '../docs/screenshot.png') });
  });
});
