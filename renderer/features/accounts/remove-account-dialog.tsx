import type { Account } from '../../../shared/account-types';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { Dialog, DialogActions } from '../../components/dialog';
import { useRemoveAccount } from './mutations';
import './remove-account-dialog.css';

export interface RemoveAccountDialogProps {
  /** The account to remove; the dialog is open while one is set. */
  account: Account | null;
  onClose: () => void;
  onRemoved: () => void;
  onCloseAutoFocus: (event: Event) => void;
}

const who = (account: Account): string => (account.email === undefined ? account.name : `${account.name} (${account.email})`);

/** What removing does, said before it is done: which account, and what happens to its token. */
const consequence = (account: Account): string =>
  account.storage === 'keychain'
    ? `The panel forgets ${who(account)} and deletes its token from the keychain.`
    : `The panel forgets ${who(account)} and its token, which it kept in memory for this session only.`;

const RemoveAccountBody = ({ account, onClose, onRemoved }: { account: Account; onClose: () => void; onRemoved: () => void }) => {
  const remove = useRemoveAccount();
  return (
    <>
      <div className="remove-account__notes">
        {account.active ? <p>It is the active account: until you choose another, no account is active.</p> : null}
        <p>The token itself stays valid on DigitalOcean until you revoke it there.</p>
      </div>
      {remove.error ? (
        <Callout tone="danger" role="alert" title="Couldn't remove the account" className="remove-account__failure">
          <p>{panelErrorOf(remove.error).message}</p>
        </Callout>
      ) : null}
      <DialogActions>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate(account.id, { onSuccess: onRemoved })}>
          Remove account
        </Button>
      </DialogActions>
    </>
  );
};

/** Confirms removing a saved account; the demo and the environment's account are never offered. */
export const RemoveAccountDialog = ({ account, onClose, onRemoved, onCloseAutoFocus }: RemoveAccountDialogProps) => (
  <Dialog
    open={account !== null}
    onOpenChange={(open) => {
      if (!open) onClose();
    }}
    title={account ? `Remove ${account.name}?` : 'Remove account'}
    description={account ? consequence(account) : undefined}
    onCloseAutoFocus={onCloseAutoFocus}
  >
    {account ? <RemoveAccountBody key={account.id} account={account} onClose={onClose} onRemoved={onRemoved} /> : null}
  </Dialog>
);
