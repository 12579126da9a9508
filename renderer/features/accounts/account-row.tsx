import { KeyRound, Trash2 } from 'lucide-react';
import { useId } from 'react';
import type { Account } from '../../../shared/account-types';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { cx } from '../../components/cx';
import { IconButton } from '../../components/icon-button';
import { AccountAvatar } from './account-avatar';
import { accountDetail, healthLabels, tokenPlace } from './account-presentation';

export interface AccountRowProps {
  account: Account;
  /** Set while this row's switch is under way. */
  switching: boolean;
  /** Another switch is under way: one at a time. */
  switchDisabled: boolean;
  onSwitch: () => void;
  onRemove: () => void;
  switchError?: string;
}

/** One account: who it is, where its token is, whether it can be used, and what can be done with it. */
export const AccountRow = ({ account, switching, switchDisabled, onSwitch, onRemove, switchError }: AccountRowProps) => {
  const nameId = useId();
  const healthy = account.status === 'ok';
  return (
    <li className={cx('account-row', account.active && 'account-row--active')} aria-labelledby={nameId}>
      <AccountAvatar account={account} />
      <div className="account-row__identity">
        <div className="account-row__heading">
          <span id={nameId} className="account-row__name">
            {account.name}
          </span>
          {account.active ? <Badge tone="accent">Active</Badge> : null}
        </div>
        <p className="account-row__detail">{accountDetail(account)}</p>
      </div>
      <dl className="account-row__facts">
        <div className="account-row__fact">
          <dt className="visually-hidden">Token</dt>
          <dd>
            <KeyRound aria-hidden="true" />
            {tokenPlace(account)}
          </dd>
        </div>
        <div className={cx('account-row__fact', 'account-row__status', `account-row__status--${healthy ? 'ok' : 'problem'}`)}>
          <dt className="visually-hidden">Status</dt>
          <dd>
            <span className="account-row__dot" aria-hidden="true" />
            {healthLabels[account.status]}
          </dd>
        </div>
      </dl>
      <div className="account-row__actions">
        {account.active ? null : (
          <Button
            size="sm"
            variant="secondary"
            busy={switching}
            disabled={switchDisabled}
            onClick={onSwitch}
            aria-label={`Switch to ${account.name}`}
          >
            Switch
          </Button>
        )}
        {account.kind === 'token' ? (
          <IconButton size="sm" label={`Remove ${account.name}…`} icon={<Trash2 />} onClick={onRemove} />
        ) : (
          <span className="account-row__action-placeholder" aria-hidden="true" />
        )}
      </div>
      {switchError ? (
        <p role="alert" className="account-row__error">
          Couldn't switch to {account.name}: {switchError}
        </p>
      ) : null}
    </li>
  );
};
