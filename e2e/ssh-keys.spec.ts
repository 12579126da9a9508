import { expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';
import { useDemoPanel } from './support/panel-server';

const demo = useDemoPanel();

/** Generated with `ssh-keygen -t ed25519` for the tests; not on the demo account. */
const newKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe sam@workstation';
/** What `ssh-keygen -l -E md5` prints for it, and DigitalOcean (the simulator) computes. */
const laptopFingerprint = '6a:ee:d4:11:b6:69:85:f6:a7:f6:2e:79:bb:fc:e1:15';

test.use({ viewport: { width: 1280, height: 720 } });

test('SSH keys: bad input is refused inline, then a key is added, renamed and deleted', async ({ page, consoleProblems }) => {
  test.setTimeout(120_000);
  await page.goto(demo.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'SSH keys' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /priya@juniper-laptop/ })).toContainText(laptopFingerprint);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Add key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an SSH key' });
  const keyField = dialog.getByRole('textbox', { name: 'Public key' });
  await keyField.fill('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----');
  await expect(dialog).toContainText('This is a private key: never share it.');
  await keyField.fill(newKey.replace('ssh-ed25519', 'ssh-rsa'));
  await expect(dialog).toContainText('is a ssh-ed25519 key, but the line says ssh-rsa');
  await keyField.fill(newKey);
  await expect(dialog.getByText(/fingerprint/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('sam@workstation');
  await expectNoSeriousAxeViolations(page, '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('cell', { name: 'sam@workstation', exact: true })).toBeVisible();

  // The same key again: the panel knows its fingerprint and refuses it without asking DigitalOcean.
  await page.getByRole('button', { name: 'Add key' }).click();
  await keyField.fill(newKey);
  await expect(dialog).toContainText('This key is already on the account as “sam@workstation”.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Rename sam@workstation' }).click();
  const name = page.getByRole('textbox', { name: 'New name for sam@workstation' });
  await name.fill('  ');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Give the key a name, such as the computer it lives on.')).toBeVisible();
  await name.fill('sam-workstation');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(table.getByRole('cell', { name: 'sam-workstation', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Delete sam-workstation' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the key “sam-workstation”?' });
  await expect(confirm).toContainText('Droplets that already have this key keep it');
  await confirm.getByRole('button', { name: 'Delete key' }).click();
  await expect(confirm).toBeHidden();
  await expect(table.getByRole('cell', { name: 'sam-workstation', exact: true })).toHaveCount(0);
  // Reloaded from DigitalOcean, the list agrees.
  await page.reload();
  await expect(page.getByRole('table').getByRole('row', { name: /priya@juniper-laptop/ })).toBeVisible();
  await expect(page.getByRole('table').getByRole('cell', { name: 'sam-workstation', exact: true })).toHaveCount(0);
  expect(consoleProblems).toEqual([]);
});
