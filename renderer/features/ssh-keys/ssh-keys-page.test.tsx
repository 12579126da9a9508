import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SshKey } from '../../../shared/do-types';
import { fail, ok } from '../../../shared/result';
import { bridge, replyWith } from '../../testing/fake-bridge';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const laptop: SshKey = { id: 41520338, name: 'laptop', fingerprint: '6a:ee:d4:11:b6:69:85:f6:a7:f6:2e:79:bb:fc:e1:15', public_key: 'ssh-ed25519 AAAA laptop' };
const newKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe sam@workstation';
const newFingerprint = 'aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99';

setUpRendererTests();

beforeEach(() => {
  replyWith('sshKeys.list', () => ok([laptop]));
  replyWith('sshKeys.inspect', ({ publicKey }) =>
    ok({ type: 'ssh-ed25519', fingerprint: publicKey.includes('laptop') ? (laptop.fingerprint as string) : newFingerprint, comment: publicKey.split(' ')[2] ?? '' }),
  );
});

const openPage = async () => {
  const rendered = renderApp('/ssh-keys');
  await screen.findByRole('cell', { name: 'laptop' });
  return rendered;
};

describe('SSH keys', () => {
  it('lists the keys with their type and fingerprint', async () => {
    await openPage();
    const row = screen.getByRole('row', { name: /laptop/ });
    expect(within(row).getByText('ed25519')).toBeInTheDocument();
    expect(within(row).getByText(laptop.fingerprint as string)).toBeInTheDocument();
  });

  it('checks a pasted key before sending it, names it after its comment, and adds it', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Add key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an SSH key' });
    const keyField = within(dialog).getByRole('textbox', { name: 'Public key' });
    await user.click(keyField);
    await user.paste('ssh-ed25519 not-base64!');
    expect(await within(dialog).findByText(/not valid base64/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add key' }));
    expect(bridge['sshKeys.add']).not.toHaveBeenCalled();

    // The same key as one already on the account is refused before any request.
    await user.clear(keyField);
    await user.paste(laptop.public_key.replace('AAAA', 'AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe'));
    expect(await within(dialog).findByText('This key is already on the account as “laptop”.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add key' }));
    expect(bridge['sshKeys.add']).not.toHaveBeenCalled();

    await user.clear(keyField);
    await user.paste(newKey);
    expect(await within(dialog).findByText(newFingerprint)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('sam@workstation');
    replyWith('sshKeys.add', ({ name, publicKey }) => ok({ id: 41520400, name, public_key: publicKey, fingerprint: newFingerprint }));
    await user.click(within(dialog).getByRole('button', { name: 'Add key' }));
    expect(await screen.findByRole('cell', { name: 'sam@workstation' })).toBeInTheDocument();
    expect(bridge['sshKeys.add']).toHaveBeenCalledWith({ name: 'sam@workstation', publicKey: newKey });
    // Written into the cached list: DigitalOcean's 10 key lists a minute are not spent on it.
    expect(bridge['sshKeys.list']).toHaveBeenCalledTimes(1);
  });

  it('keeps what was typed and shows DigitalOcean’s refusal with its request id', async () => {
    const { user } = await openPage();
    replyWith('sshKeys.add', () => fail({ kind: 'validation', status: 422, message: 'SSH Key is already in use on your account.', requestId: 'req-5e1f' }));
    await user.click(screen.getByRole('button', { name: 'Add key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an SSH key' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Public key' }));
    await user.paste(newKey);
    await within(dialog).findByText(newFingerprint);
    await user.click(within(dialog).getByRole('button', { name: 'Add key' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('SSH Key is already in use on your account.');
    expect(alert).toHaveTextContent('req-5e1f');
    expect(within(dialog).getByRole('textbox', { name: 'Public key' })).toHaveValue(newKey);
  });

  it('renames a key in place, refusing a blank name inline', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Rename laptop' }));
    const field = screen.getByRole('textbox', { name: 'New name for laptop' });
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Give the key a name/)).toBeInTheDocument();
    expect(bridge['sshKeys.rename']).not.toHaveBeenCalled();
    await user.type(field, 'priya-laptop');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('cell', { name: 'priya-laptop' })).toBeInTheDocument();
    expect(bridge['sshKeys.rename']).toHaveBeenCalledWith({ id: laptop.id, name: 'priya-laptop' });
  });

  it('says before deleting that Droplets which have the key keep it', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Delete laptop' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the key “laptop”?' });
    expect(dialog).toHaveTextContent(/Droplets that already have this key keep it/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete key' }));
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'laptop' })).not.toBeInTheDocument());
    expect(bridge['sshKeys.delete']).toHaveBeenCalledWith({ id: laptop.id });
    expect(await screen.findByText('No SSH keys on this account')).toBeInTheDocument();
  });
});
