import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { useControlledDemo } from './support/controlled-demo';

const demo = useControlledDemo({ startTimeoutMs: 120_000 });

/** The error shown under a field (a disabled button also carries the words, hidden, as its description). */
const fieldError = (scope: Locator, text: string | RegExp) => scope.locator('.field__error').filter({ hasText: text });

/** The button cannot send, and says why. */
const expectRefused = async (button: Locator) => {
  await expect(button).toHaveAttribute('aria-disabled', 'true');
};

test('a bad tag and a name that is not a hostname are refused in place, as they are typed, wherever they are typed', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/droplets`);
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill('staging-web');
  // On the name: at this width the row's middle is its IP address's copy button.
  await page.getByRole('grid', { name: 'Droplets' }).getByRole('row', { name: /staging-web/ }).getByText('staging-web', { exact: true }).click();
  const pane = page.getByRole('complementary', { name: 'Droplet staging-web' });
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();

  // Tags in place, in the pane.
  await pane.getByRole('button', { name: 'Add tag' }).click();
  const newTag = pane.getByRole('combobox', { name: 'New tag' });
  await newTag.fill('bad.tag');
  await expect(fieldError(pane, 'Use only letters, digits, underscores, hyphens and colons.')).toBeVisible();
  await expect(newTag).toHaveAttribute('aria-invalid', 'true');
  await expectRefused(pane.getByRole('button', { name: 'Add', exact: true }));
  await pane.getByRole('button', { name: 'Cancel' }).click();

  // Rename.
  await pane.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename staging-web' });
  const newName = rename.getByRole('textbox', { name: 'New name' });
  await newName.fill('-leading-dash');
  await expect(fieldError(rename, 'Start the name with a letter or a digit.')).toBeVisible();
  await expectRefused(rename.getByRole('button', { name: 'Rename' }));
  await newName.fill('x'.repeat(70));
  await expect(fieldError(rename, /at most 63 characters/)).toBeVisible();
  await expectRefused(rename.getByRole('button', { name: 'Rename' }));
  await rename.getByRole('button', { name: 'Cancel' }).click();
  await expect(rename).toBeHidden();

  // The create form.
  await page.getByRole('button', { name: 'Create droplet' }).click();
  const create = page.getByRole('dialog', { name: 'Create droplets' });
  await create.getByLabel('Names').fill('-leading-dash');
  await create.getByLabel('Tags').fill('env:prod bad.tag');
  await expect(fieldError(create, /-leading-dash: Start the name with a letter or a digit/)).toBeVisible();
  await expect(fieldError(create, /bad\.tag: Use only letters/)).toBeVisible();
  await expectRefused(create.getByRole('button', { name: /^Create (droplet|\d+ droplets)$/ }));
  await create.getByRole('button', { name: 'Cancel' }).click();
  await expect(create).toBeHidden();

  // The import dialog.
  await page.goto(`${new URL(demo.url).origin}/#/images?tab=custom`);
  await page.getByRole('button', { name: 'Import an image' }).click();
  const importing = page.getByRole('dialog', { name: 'Import a custom image' });
  await importing.getByLabel('Tags (optional)').fill('base bad!');
  await expect(fieldError(importing, '“bad!”: Use only letters, digits, underscores, hyphens and colons.')).toBeVisible();
  await expect(importing.getByLabel('Tags (optional)')).toHaveAttribute('aria-invalid', 'true');
  expect(consoleProblems).toEqual([]);
});
