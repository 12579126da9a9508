import { FlaskConical, Terminal } from 'lucide-react';
import type { Account } from '../../../shared/account-types';
import { cx } from '../../components/cx';
import './account-avatar.css';

export interface AccountAvatarProps {
  account: Pick<Account, 'kind' | 'name' | 'email'>;
  size?: 'md' | 'lg';
}

/** The account's initial, or what it is when it is not a saved token: the demo, or the environment's. */
export const AccountAvatar = ({ account, size = 'md' }: AccountAvatarProps) => (
  <span className={cx('account-avatar', `account-avatar--${size}`, `account-avatar--${account.kind}`)} aria-hidden="true">
    {account.kind === 'demo' ? (
      <FlaskConical />
    ) : account.kind === 'environment' ? (
      <Terminal />
    ) : (
      (account.email ?? account.name).charAt(0).toUpperCase()
    )}
  </span>
);
