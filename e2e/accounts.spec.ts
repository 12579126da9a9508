import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { startPanelServer, type PanelServer } from './support/panel-server';
import { docScreenshots } from './support/screenshots';
import { startSimulatorProcess, type SimulatorProcess } from './support/simulator-process';

/** The token the simulator accepts, in DigitalOcean's format; its account is the `large` seed's. */
const token = `dop_v1_${'e2e0'.repeat(16)}`;
const wrongToken = `dop_v1_${'0'.repeat(64)}`;
const simulatorAccount = { email: 'platform@scale-test.example', team: 'Scale Test', dropletLimit: '101' };
const demoEmail = 'infra@juniper-analytics.example';
/** How the main side starts explaining a keychain it cannot use (electron/core/vault/keychain-store.ts). */
const keychainExplanation = /^The panel cannot keep tokens in a keychain here: no Secret Service answered/;

let simulator: SimulatorProcess;
let panel: PanelServer;

test.describe.configure({ mode: 'serial' });
test.skip(process.platform !== 'linux', 'the journey takes the keychain away by pointing D-Bus at nothing, which only Linux reads');

test.beforeAll(async () => {
  simulator = await startSimulatorProcess(['--seed', 'large:1', '--token', token]);
  panel = await startPanelServer([], {
    DIGITALOCEAN_API_URL: simulator.url,
    // No Secret Service, as in CI, whatever the machine has: the keychain is unavailable, and the
    // journey never writes to a developer's real keyring.
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/panel-e2e-bus',
  });
});

test.afterAll(async () => {
  await panel?.stop();
  await simulator?.stop();
});

const accountMenu = (page: Page) => page.getByRole('button', { name: /^Account:/ });

const openAccounts = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
};

/** The add-account dialog's storage choice where the keychain cannot be used: session only, with why. */
const expectSessionOnly = async (dialog: ReturnType<Page['getByRole']>) => {
  const keychain = dialog.getByRole('radio', { name: /^Keychain/ });
  await expect(keychain).toBeDisabled();
  await expect(dialog.getByRole('radio', { name: 'This session only' })).toBeChecked();
  await expect(keychain).toHaveAccessibleDescription(keychainExplanation);
  await expect(dialog.getByText(keychainExplanation)).toBeVisible();
};

test('first start: a refused token shows DigitalOcean’s message, then the demo from the welcome screen', async ({ page, consoleProblems }) => {
  await page.goto(panel.url);
  const welcome = page.getByRole('region', { name: 'Welcome to DigitalOcean Panel' });
  await expect(welcome).toBeVisible();
  await expect(accountMenu(page)).toHaveAccessibleName(/^Account: No account connected/);
  await expectNoSeriousAxeViolations(page);

  await welcome.getByRole('button', { name: 'Add a DigitalOcean token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a DigitalOcean account' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await expectSessionOnly(dialog);
  await expectNoSeriousAxeViolations(page);

  await dialog.getByLabel('Name').fill('Work');
  await dialog.getByLabel('Personal access token').fill(wrongToken);
  await dialog.getByRole('button', { name: 'Add account' }).click();

  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('DigitalOcean refused the token');
  await expect(refusal).toContainText('Unable to authenticate you.');
  await expect(refusal).toContainText(/Request ID \S+/);
  await expect(dialog.getByLabel('Personal access token')).toHaveValue('');
  await expect(dialog.getByLabel('Personal access token')).toBeFocused();
  await expect(dialog.getByLabel('Name')).toHaveValue('Work');
  await expect(page.locator('body')).not.toContainText(wrongToken);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await welcome.getByRole('button', { name: 'Try the demo account' }).click();
  await expect(welcome).toBeHidden();
  await expect(accountMenu(page)).toHaveAccessibleName(new RegExp(`^Account: ${demoEmail}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Droplets' })).toBeVisible();
  expect(consoleProblems).toEqual([]);
});

test('adds the simulator’s token for this session only, switches between it and the demo, and removes it', async ({ page, consoleProblems }) => {
  await page.goto(panel.url);
  await expect(accountMenu(page)).toHaveAccessibleName(new RegExp(`^Account: ${demoEmail}`));
  await openAccounts(page);
  const demoRow = page.getByRole('listitem', { name: 'Demo' });
  await expect(demoRow).toContainText('Active');

  await page.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a DigitalOcean account' });
  await expectSessionOnly(dialog);
  await dialog.getByLabel('Name').fill('Scale Test');
  await dialog.getByLabel('Personal access token').fill(token);
  await dialog.getByRole('button', { name: 'Add account' }).click();

  await expect(dialog.getByRole('heading', { name: 'Scale Test is added' })).toBeFocused();
  await expect(dialog).toContainText(`Email${simulatorAccount.email}`);
  await expect(dialog).toContainText(`Team${simulatorAccount.team}`);
  await expect(dialog).toContainText(`Droplet limit${simulatorAccount.dropletLimit}`);
  await expect(dialog).toContainText('Token kept inSession only');
  await expect(page.locator('body')).not.toContainText(token);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The demo stays active: adding a second account does not switch to it.
  const added = page.getByRole('listitem', { name: 'Scale Test' });
  await expect(added).toContainText(`${simulatorAccount.email} · ${simulatorAccount.team}`);
  await expect(added).toContainText('Session only');
  await expect(added).toContainText('Ready');
  await expect(accountMenu(page)).toHaveAccessibleName(new RegExp(`^Account: ${demoEmail}`));

  await added.getByRole('button', { name: 'Switch to Scale Test' }).click();
  await expect(accountMenu(page)).toHaveAccessibleName(new RegExp(`^Account: ${simulatorAccount.email}`));
  await expect(accountMenu(page)).toContainText(simulatorAccount.team);
  await expect(added).toContainText('Active');
  await expect(page.getByRole('region', { name: simulatorAccount.email })).toContainText('In memory until the panel quits');
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${docScreenshots}/accounts.png` });

  await accountMenu(page).click();
  await expect(page.getByRole('menuitemradio', { name: /^Scale Test/ })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('menuitemradio', { name: /^Demo/ }).click();
  await expect(accountMenu(page)).toHaveAccessibleName(new RegExp(`^Account: ${demoEmail}`));
  await expect(demoRow).toContainText('Active');

  await added.getByRole('button', { name: 'Remove Scale Test…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Scale Test?' });
  await expect(confirm).toContainText(`The panel forgets Scale Test (${simulatorAccount.email})`);
  await confirm.getByRole('button', { name: 'Remove account' }).click();
  await expect(confirm).toBeHidden();
  await expect(added).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'All accounts' })).toBeFocused();

  await accountMenu(page).click();
  await expect(page.getByRole('menuitemradio')).toHaveCount(1);
  await page.keyboard.press('Escape');
  expect(consoleProblems).toEqual([]);
});
