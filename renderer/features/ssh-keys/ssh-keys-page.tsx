import { useQuery } from '@tanstack/react-query';
import { KeyRound, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { SshKey } from '../../../shared/do-types';
import { keyTypeLabel, sshKeyNameError } from '../../../shared/ssh-keys/public-key';
import { ActionFailure } from '../../components/action-failure';
import { Button } from '../../components/button';
import { CopyButton } from '../../components/copy-button';
import { Dialog, DialogActions } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { TableSkeleton } from '../../components/table-skeleton';
import { TextField } from '../../components/text-field';
import { AddSshKeyDialog } from './add-ssh-key-dialog';
import { useDeleteSshKey, useRenameSshKey } from './mutations';
import { sshKeyQueries } from './queries';
import './ssh-keys.css';

/** The key's name as an inline form: what was typed stays when DigitalOcean refuses it. */
const RenameKeyForm = ({ sshKey, onDone }: { sshKey: SshKey & { id: number }; onDone: () => void }) => {
  const [name, setName] = useState(sshKey.name);
  const [submitted, setSubmitted] = useState(false);
  const rename = useRenameSshKey();
  const error = submitted ? sshKeyNameError(name) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (sshKeyNameError(name)) return;
    if (name.trim() === sshKey.name) {
      onDone();
      return;
    }
    rename.mutate({ id: sshKey.id, name: name.trim() }, { onSuccess: onDone });
  };
  return (
    <form className="ssh-keys__rename" onSubmit={submit} noValidate>
      <TextField
        label={`New name for ${sshKey.name}`}
        className="ssh-keys__rename-field"
        value={name}
        maxLength={300}
        // The field replaces the name the user just chose to change: focus goes where the name was.
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onDone();
          }
        }}
        error={error}
      />
      <div className="ssh-keys__rename-actions">
        <Button type="submit" size="sm" variant="primary" busy={rename.isPending}>
          Save
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
      {rename.error ? <ActionFailure title="DigitalOcean didn’t rename the key" error={rename.error} resource="key" /> : null}
    </form>
  );
};

const DeleteKeyDialog = ({ sshKey, onClose }: { sshKey: (SshKey & { id: number }) | undefined; onClose: () => void }) => {
  const remove = useDeleteSshKey();
  return (
    <Dialog
      open={sshKey !== undefined}
      onOpenChange={(open) => {
        if (!open) {
          remove.reset();
          onClose();
        }
      }}
      title={sshKey ? `Delete the key “${sshKey.name}”?` : 'Delete the key'}
      description="New Droplets can no longer be created with it."
    >
      {sshKey ? (
        <>
          <p className="ssh-keys__warning">
            Droplets that already have this key keep it: they still let it log in. DigitalOcean cannot tell which Droplets have it, so remove it from
            their <code>~/.ssh/authorized_keys</code> yourself to revoke its access.
          </p>
          {remove.error ? <ActionFailure title="DigitalOcean didn’t delete the key" error={remove.error} resource="key" /> : null}
          <DialogActions>
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate(sshKey.id, { onSuccess: onClose })}>
              Delete key
            </Button>
          </DialogActions>
        </>
      ) : null}
    </Dialog>
  );
};

const hasId = (key: SshKey): key is SshKey & { id: number } => typeof key.id === 'number';

const KeyTable = ({ keys, onAdd }: { keys: SshKey[]; onAdd: () => void }) => {
  const [renaming, setRenaming] = useState<number>();
  const [deleting, setDeleting] = useState<SshKey & { id: number }>();
  if (keys.length === 0) {
    return (
      <EmptyState
        icon={KeyRound}
        title="No SSH keys on this account"
        description="Add a public key to create Droplets you log in to with it, instead of a root password sent by email."
        actions={
          <Button variant="primary" icon={<Plus />} onClick={onAdd}>
            Add a key
          </Button>
        }
      />
    );
  }
  return (
    <>
      <table className="ssh-keys__table">
        <caption className="visually-hidden">The account’s SSH keys</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Fingerprint (MD5)</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id ?? key.fingerprint ?? key.public_key}>
              <td className="ssh-keys__name">{hasId(key) && renaming === key.id ? <RenameKeyForm sshKey={key} onDone={() => setRenaming(undefined)} /> : key.name}</td>
              <td>{keyTypeLabel(key.public_key)}</td>
              <td>
                {key.fingerprint ? (
                  <span className="ssh-keys__fingerprint">
                    <code>{key.fingerprint}</code>
                    <CopyButton value={key.fingerprint} what={`the fingerprint of ${key.name}`} />
                  </span>
                ) : null}
              </td>
              <td className="ssh-keys__actions">
                {hasId(key) ? (
                  <>
                    <Button size="sm" variant="secondary" icon={<Pencil />} onClick={() => setRenaming(key.id)} aria-label={`Rename ${key.name}`}>
                      Rename
                    </Button>
                    <Button size="sm" variant="secondary" icon={<Trash2 />} onClick={() => setDeleting(key)} aria-label={`Delete ${key.name}`}>
                      Delete
                    </Button>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DeleteKeyDialog sshKey={deleting} onClose={() => setDeleting(undefined)} />
    </>
  );
};

/** The account's SSH keys: what new Droplets can be created with. */
export const SshKeysPage = () => {
  const keys = useQuery(sshKeyQueries.list());
  const [adding, setAdding] = useState(false);
  return (
    <Page
      title="SSH keys"
      description="Public keys new Droplets can be created with. Changing them here does not change Droplets that already exist."
      actions={
        <Button variant="primary" icon={<Plus />} onClick={() => setAdding(true)}>
          Add key
        </Button>
      }
    >
      <QueryView query={keys} loadingLabel="Loading SSH keys" loading={<TableSkeleton what="SSH keys" />} errorTitle="Couldn't load the SSH keys">
        {(list) => <KeyTable keys={list} onAdd={() => setAdding(true)} />}
      </QueryView>
      <AddSshKeyDialog open={adding} onOpenChange={setAdding} />
    </Page>
  );
};
