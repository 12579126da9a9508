import { CircleCheck } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { DescribedAccount } from '../../../shared/account-types';
import { Button } from '../../components/button';
import { DialogActions } from '../../components/dialog';
import { tokenPlace } from './account-presentation';
import { useSwitchAccount } from './mutations';
import './added-account.css';

export interface AddedAccountProps {
  account: DescribedAccount;
  onDone: () => void;
}

/** What DigitalOcean said about the token just added; focus lands on the heading, which says so. */
export const AddedAccount = ({ account, onDone }: AddedAccountProps) => {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const switchAccount = useSwitchAccount();

  useEffect(() => headingRef.current?.focus(), []);

  const facts: Array<[string, string | number]> = [
    ['Email', account.email],
    ...(account.team === undefined ? [] : ([['Team', account.team]] as Array<[string, string]>)),
    ['Droplet limit', account.dropletLimit],
    ['Token kept in', tokenPlace(account)],
  ];

  return (
    <div className="added-account">
      <div className="added-account__hero">
        <CircleCheck className="added-account__icon" aria-hidden="true" />
        <div>
          <h3 ref={headingRef} tabIndex={-1} className="added-account__title">
            {account.name} is added
          </h3>
          <p className="added-account__note">
            {account.active
              ? 'It is the active account: every view now works with it.'
              : 'Switch to it here, from the Accounts page, or from the account menu.'}
          </p>
        </div>
      </div>
      <dl className="added-account__facts">
        {facts.map(([label, value]) => (
          <div key={label} className="added-account__fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <DialogActions>
        {account.active ? null : (
          <Button
            variant="secondary"
            busy={switchAccount.isPending}
            onClick={() => switchAccount.mutate(account.id, { onSuccess: onDone })}
          >
            Switch to {account.name}
          </Button>
        )}
        <Button variant="primary" onClick={onDone}>
          Done
        </Button>
      </DialogActions>
    </div>
  );
};
