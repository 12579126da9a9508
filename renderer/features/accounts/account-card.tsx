import { useId } from 'react';
import { Badge } from '../../components/badge';
import { AccountAvatar } from './account-avatar';
import type { ConnectedAccount } from './account-gate';
import './account-card.css';

/** Where the token is, in the user's terms; a token that cannot be used says so instead. */
const tokenFact = (account: ConnectedAccount): string => {
  if (account.status === 'token-missing') return 'Missing from the keychain';
  if (account.status === 'keychain-unavailable') return 'In the keychain, which cannot be reached';
  if (account.kind === 'demo') return 'None needed (demo)';
  if (account.kind === 'environment') return 'From DIGITALOCEAN_ACCESS_TOKEN, for this session';
  return account.storage === 'keychain' ? 'In the keychain' : 'In memory until the panel quits';
};

/** The connected account, as the main side describes it (never with its token). */
export const AccountCard = ({ account }: { account: ConnectedAccount }) => {
  const titleId = useId();
  return (
    <section className="account-card" aria-labelledby={titleId}>
      <div className="account-card__header">
        <AccountAvatar account={account} size="lg" />
        <div className="account-card__identity">
          <h2 id={titleId} className="account-card__email">
            {account.email}
          </h2>
          <p className="account-card__name">{account.name}</p>
        </div>
        <Badge tone="accent">Active</Badge>
      </div>
      <dl className="account-card__facts">
        {account.team === undefined ? null : (
          <div>
            <dt>Team</dt>
            <dd>{account.team}</dd>
          </div>
        )}
        <div>
          <dt>Droplet limit</dt>
          <dd>{account.dropletLimit}</dd>
        </div>
        <div>
          <dt>Token</dt>
          <dd>{tokenFact(account)}</dd>
        </div>
      </dl>
    </section>
  );
};
