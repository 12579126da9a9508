import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountList, DescribedAccount } from '../../../shared/account-types';
import { fail, ok } from '../../../shared/result';
import { bridge, demoOnly, never, replyWith, resetFakeBridge, sampleAccount } from '../../testing/fake-bridge';
import { renderApp, resetUiState } from '../../testing/render-app';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const token = `dop_v1_${'5eed'.repeat(16)}`;
const explanation = [
  'The panel cannot keep tokens in a keychain here: no Secret Service answered on the D-Bus session bus.',
  'Start or unlock your keyring, or keep the token for this session only.',
].join(' ');
const withoutKeychain: AccountList = { ...demoOnly, keychain: { available: false, explanation } };

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

/** Opens the dialog from the Accounts page's header, as a user would. */
const openDialog = async () => {
  const rendered = renderApp('/accounts');
  await rendered.user.click(await screen.findByRole('button', { name: 'Add account' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add a DigitalOcean account' });
  const field = (name: string) => within(dialog).getByLabelText(name) as HTMLInputElement;
  return {
    ...rendered,
    dialog,
    nameField: () => field('Name'),
    tokenField: () => field('Personal access token'),
    submit: () => rendered.user.click(within(dialog).getByRole('button', { name: 'Add account' })),
  };
};

describe('Add account: the form', () => {
  it('takes focus in the name field, with a password field for the token that nothing remembers or checks', async () => {
    const { nameField, tokenField } = await openDialog();
    expect(nameField()).toHaveFocus();
    expect(tokenField()).toHaveAttribute('type', 'password');
    expect(tokenField()).toHaveAttribute('autocomplete', 'off');
    expect(tokenField()).toHaveAttribute('spellcheck', 'false');
  });

  it('checks the fields before sending anything, in the contract’s words, and focuses the first wrong one', async () => {
    const { dialog, nameField, tokenField, submit, user } = await openDialog();
    await submit();

    expect(nameField()).toHaveAttribute('aria-invalid', 'true');
    expect(nameField()).toHaveAccessibleDescription('Give the account a name.');
    expect(tokenField()).toHaveAccessibleDescription(/^Paste a personal access token\./);
    expect(nameField()).toHaveFocus();

    await user.type(nameField(), 'n'.repeat(65));
    expect(within(dialog).getByText('Keep the name to 64 characters or fewer.')).toBeInTheDocument();
    await user.clear(nameField());
    await user.type(nameField(), 'Work');
    expect(nameField()).not.toHaveAttribute('aria-invalid');

    await user.type(tokenField(), 'dop_v1_abc def');
    await submit();
    expect(tokenField()).toHaveAccessibleDescription(/^A token has no spaces or line breaks inside it\./);
    expect(tokenField()).toHaveFocus();

    expect(bridge['accounts.add']).not.toHaveBeenCalled();
  });

  it('empties the token field as soon as the token is sent, and sends trimmed values', async () => {
    replyWith('accounts.add', never);
    const { dialog, nameField, tokenField, submit, user } = await openDialog();
    await user.type(nameField(), '  Work ');
    await user.type(tokenField(), `${token} `);
    await submit();

    expect(bridge['accounts.add']).toHaveBeenCalledExactlyOnceWith({ name: 'Work', token, storage: 'keychain' });
    expect(tokenField()).toHaveValue('');
    expect(within(dialog).getByRole('button', { name: 'Checking with DigitalOcean…' })).toBeDisabled();
  });

  it('shows DigitalOcean’s message and the request id when the token is refused, keeping the name and storage', async () => {
    replyWith('accounts.add', () =>
      fail({ kind: 'unauthorized', message: 'Unable to authenticate you.', status: 401, requestId: 'a0093a60-22e8-4395' }),
    );
    const { dialog, nameField, tokenField, submit, user } = await openDialog();
    await user.type(nameField(), 'Work');
    await user.type(tokenField(), token);
    await user.click(within(dialog).getByRole('radio', { name: 'This session only' }));
    await submit();

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('DigitalOcean refused the token')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Unable to authenticate you.');
    expect(alert).toHaveTextContent('Request ID a0093a60-22e8-4395');

    expect(nameField()).toHaveValue('Work');
    expect(tokenField()).toHaveValue('');
    expect(tokenField()).toHaveFocus();
    expect(within(dialog).getByRole('radio', { name: 'This session only' })).toBeChecked();
    // The token is never shown, not even in the error.
    expect(document.body).not.toHaveTextContent(token);
  });

  it('says who refused a token without the scope to read the account', async () => {
    replyWith('accounts.add', () => fail({ kind: 'forbidden', message: 'You are not authorized to perform this operation.', status: 403 }));
    const { dialog, nameField, tokenField, submit, user } = await openDialog();
    await user.type(nameField(), 'Work');
    await user.type(tokenField(), token);
    await submit();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('You are not authorized to perform this operation.');
    expect(alert).toHaveTextContent('account:read');
    expect(alert).not.toHaveTextContent('Request ID');
  });
});

describe('Add account: where the token is kept', () => {
  it('offers the keychain first when it is available', async () => {
    const { dialog, nameField, tokenField, submit, user } = await openDialog();
    expect(within(dialog).getByRole('radio', { name: 'Keychain' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'This session only' })).not.toBeChecked();
    await user.type(nameField(), 'Work');
    await user.type(tokenField(), token);
    await submit();
    expect(bridge['accounts.add']).toHaveBeenCalledWith(expect.objectContaining({ storage: 'keychain' }));
  });

  it('explains an unavailable keychain and keeps the token for the session instead', async () => {
    replyWith('accounts.list', () => ok(withoutKeychain));
    replyWith('accounts.add', () => ok({ ...sampleAccount, storage: 'session' }));
    const { dialog, nameField, tokenField, submit, user } = await openDialog();

    const keychain = await within(dialog).findByRole('radio', { name: /^Keychain/ });
    await waitFor(() => expect(keychain).toBeDisabled());
    const session = within(dialog).getByRole('radio', { name: 'This session only' });
    expect(session).toBeChecked();
    expect(keychain).toHaveAccessibleDescription(explanation);
    expect(within(dialog).getByRole('group', { name: 'Keep the token in' })).toHaveAccessibleDescription(explanation);

    await user.type(nameField(), 'Work');
    await user.type(tokenField(), token);
    await submit();
    expect(bridge['accounts.add']).toHaveBeenCalledWith({ name: 'Work', token, storage: 'session' });
    expect(await within(dialog).findByText('Session only')).toBeInTheDocument();
  });
});

describe('Add account: success', () => {
  it('shows what DigitalOcean says about the account, and lists it as the active one', async () => {
    const added: DescribedAccount = sampleAccount;
    const { dialog, nameField, tokenField, submit, user } = await openDialog();
    // What the main side answers once the first account is added: it is the active one.
    replyWith('accounts.list', () => ok({ ...demoOnly, accounts: [added, ...demoOnly.accounts], activeId: added.id }));
    replyWith('accounts.current', () => ok({ state: 'active', account: added }));
    await user.type(nameField(), 'Sammy Shark');
    await user.type(tokenField(), token);
    await submit();

    const heading = await within(dialog).findByRole('heading', { name: 'Sammy Shark is added' });
    expect(heading).toHaveFocus();
    expect(dialog).toHaveTextContent('Emailsammy@example.com');
    expect(dialog).toHaveTextContent('TeamOcean Ops');
    expect(dialog).toHaveTextContent('Droplet limit25');
    expect(dialog).toHaveTextContent('It is the active account');
    expect(document.body).not.toHaveTextContent(token);
    expect(within(dialog).queryByLabelText('Personal access token')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // What opened the dialog is still there: focus goes back to it.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add account' })).toHaveFocus());
    const row = await screen.findByRole('listitem', { name: 'Sammy Shark' });
    expect(row).toHaveTextContent('Active');
    expect(await screen.findByRole('button', { name: /^Account: sammy@example\.com/ })).toBeInTheDocument();
  });

  it('offers to switch to an added account that did not become the active one', async () => {
    replyWith('accounts.add', () => ok({ ...sampleAccount, active: false }));
    const { dialog, nameField, tokenField, submit, user } = await openDialog();
    await user.type(nameField(), 'Sammy Shark');
    await user.type(tokenField(), token);
    await submit();

    await user.click(await within(dialog).findByRole('button', { name: 'Switch to Sammy Shark' }));
    expect(bridge['accounts.switch']).toHaveBeenCalledWith({ id: 'account-1' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('starts afresh each time it opens', async () => {
    const { dialog, nameField, user } = await openDialog();
    await user.type(nameField(), 'Work');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add account' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Add account' }));
    const reopened = await screen.findByRole('dialog', { name: 'Add a DigitalOcean account' });
    expect(within(reopened).getByLabelText('Name')).toHaveValue('');
  });

  it('opens from the account menu too', async () => {
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: /^Account:/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Add account…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a DigitalOcean account' });
    expect(within(dialog).getByLabelText('Name')).toHaveFocus();
  });
});
