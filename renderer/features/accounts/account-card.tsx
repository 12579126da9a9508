import { useId } from 'react';
import type { ConnectedAccount } from './account-gate';
import './account-card.css';

/** The connected account, as the main side describes it (never with its token). */
export const AccountCard = ({ account }: { account: ConnectedAccount }) => {
  const titleId = useId();
  return (
    <section className="account-card" aria-labelledby={titleId}>
      <div className="account-card__header">
        <span className="account-card__avatar" aria-hidden="true">
          {account.email.charAt(0).toUpperCase()}
        </span>
        <div className="account-card__identity">
          <h2 id={titleId} className="account-card__email">
            {account.email}
          </h2>
          <p className="account-card__name">{account.name}</p>
        </div>
        <span className="account-card__badge">Current</span>
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
      </dl>
    </section>
  );
};
