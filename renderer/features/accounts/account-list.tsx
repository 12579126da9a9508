import { useRef, useState } from 'react';
import type { Account } from '../../../shared/account-types';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { AccountRow } from './account-row';
import { useSwitchAccount } from './mutations';
import { RemoveAccountDialog } from './remove-account-dialog';
import './account-list.css';

export interface AccountListProps {
  accounts: readonly Account[];
  /** Where focus goes when the account it was on has been removed. */
  onRemovedFocus: () => void;
}

/** Every account, switchable in one click; saved ones removable after a confirmation. */
export const AccountList = ({ accounts, onRemovedFocus }: AccountListProps) => {
  const switchAccount = useSwitchAccount();
  const [removing, setRemoving] = useState<Account | null>(null);
  const removed = useRef(false);
  const switchingTo = switchAccount.isPending ? switchAccount.variables : undefined;
  const failedSwitch = switchAccount.isError ? switchAccount.variables : undefined;

  return (
    <>
      <ul className="account-list" aria-label="Accounts">
        {accounts.map((account) => (
          <AccountRow
            key={account.id}
            account={account}
            switching={switchingTo === account.id}
            switchDisabled={switchAccount.isPending}
            onSwitch={() => switchAccount.mutate(account.id)}
            onRemove={() => {
              removed.current = false;
              setRemoving(account);
            }}
            switchError={failedSwitch === account.id && switchAccount.error ? panelErrorOf(switchAccount.error).message : undefined}
          />
        ))}
      </ul>
      <RemoveAccountDialog
        account={removing}
        onClose={() => setRemoving(null)}
        onRemoved={() => {
          removed.current = true;
          setRemoving(null);
        }}
        onCloseAutoFocus={(event) => {
          // The row whose button opened the dialog is gone with the account.
          if (!removed.current) return;
          event.preventDefault();
          onRemovedFocus();
        }}
      />
    </>
  );
};
