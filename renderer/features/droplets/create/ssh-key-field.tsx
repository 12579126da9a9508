import { useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import type { SshKey } from '../../../../shared/do-types';
import { keyTypeLabel } from '../../../../shared/ssh-keys/public-key';
import { panelErrorOf } from '../../../bridge/panel-error-of';
import { Button } from '../../../components/button';
import { Callout } from '../../../components/callout';
import { AddSshKeyDialog } from '../../ssh-keys/add-ssh-key-dialog';
import { sshKeyQueries } from '../../ssh-keys/queries';

/** What a create's `ssh_keys` takes for a key: its id, or its fingerprint when DigitalOcean sent no id. */
export const sshKeyIdentifier = (key: SshKey): number | string => key.id ?? key.fingerprint ?? key.public_key;


export interface SshKeyFieldProps {
  chosen: readonly (number | string)[];
  onChange: (chosen: (number | string)[]) => void;
}

/** The account's keys as checkboxes, and what happens when none is chosen. */
export const SshKeyField = ({ chosen, onChange }: SshKeyFieldProps) => {
  const keys = useQuery(sshKeyQueries.list());
  const [adding, setAdding] = useState(false);
  const toggle = (identifier: number | string, on: boolean) =>
    onChange(on ? [...chosen, identifier] : chosen.filter((entry) => entry !== identifier));

  return (
    <fieldset className="create-droplet__group">
      <legend className="field__label">SSH keys</legend>
      {keys.isPending ? <p className="field__hint">Loading the account’s SSH keys…</p> : null}
      {keys.isError ? (
        <div className="create-droplet__inline-error">
          <p className="field__error">Couldn’t load the SSH keys: {panelErrorOf(keys.error).message}</p>
          <Button variant="secondary" size="sm" busy={keys.isFetching} onClick={() => void keys.refetch()}>
            Try again
          </Button>
        </div>
      ) : null}
      {keys.data?.length === 0 ? <p className="field__hint">This account has no SSH keys yet: add one to log in with it.</p> : null}
      {keys.data && keys.data.length > 0 ? (
        <ul className="create-droplet__checks">
          {keys.data.map((key) => {
            const identifier = sshKeyIdentifier(key);
            return (
              <li key={String(identifier)}>
                <label className="create-droplet__check">
                  <input type="checkbox" checked={chosen.includes(identifier)} onChange={(event) => toggle(identifier, event.target.checked)} />
                  <span>
                    {key.name} <span className="create-droplet__muted">({keyTypeLabel(key.public_key)}{key.fingerprint ? `, ${key.fingerprint}` : ''})</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      ) : null}
      {keys.data ? (
        <Button type="button" variant="secondary" size="sm" icon={<Plus />} onClick={() => setAdding(true)}>
          Add a key…
        </Button>
      ) : null}
      {/* The new key comes back chosen: the form and everything typed in it stay as they were. */}
      <AddSshKeyDialog open={adding} onOpenChange={setAdding} onAdded={(key) => onChange([...chosen, sshKeyIdentifier(key)])} />
      {chosen.length === 0 ? (
        <Callout tone="info">Without an SSH key, DigitalOcean emails a root password for each droplet to the account’s address.</Callout>
      ) : null}
    </fieldset>
  );
};
