import { useQuery } from '@tanstack/react-query';
import { Activity, FlaskConical, KeyRound, Layers, Plus, Server, Terminal } from 'lucide-react';
import { useId } from 'react';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { ExternalLink } from '../../components/external-link';
import { LogoMark } from '../../components/logo-mark';
import { useAddAccountDialogActions } from '../../stores/add-account-dialog-store';
import { demoAccountId, environmentAccountId } from './builtin-accounts';
import { tokensUrl } from './digitalocean-links';
import { useSwitchAccount } from './mutations';
import { accountQueries } from './queries';
import { TokenScopes } from './token-scopes';
import './welcome.css';

/**
 * The first start: no account is active yet. Two ways in, side by side: the user's own token, or the
 * built-in demo. Shown where the droplets will be, so either way the user lands on them.
 */
export const Welcome = () => {
  const titleId = useId();
  const current = useQuery(accountQueries.current());
  const { open: openAddAccount } = useAddAccountDialogActions();
  const switchAccount = useSwitchAccount();
  const environmentTokenAvailable = current.data?.state === 'none' && current.data.environmentTokenAvailable;
  const switchingTo = switchAccount.isPending ? switchAccount.variables : undefined;

  return (
    <section className="welcome" aria-labelledby={titleId}>
      <div className="welcome__intro">
        <LogoMark size={40} />
        <h2 id={titleId} className="welcome__title">
          Welcome to DigitalOcean Panel
        </h2>
        <p className="welcome__lead">
          Connect a DigitalOcean account to see and manage its droplets and images from your desktop. Its token stays on
          this computer and is never shown again, not even to you.
        </p>
      </div>

      <div className="welcome__options">
        <article className="welcome-option welcome-option--token" aria-labelledby={`${titleId}-token`}>
          <div className="welcome-option__icon" aria-hidden="true">
            <KeyRound />
          </div>
          <h3 id={`${titleId}-token`} className="welcome-option__title">
            Use your own account
          </h3>
          <p className="welcome-option__text">
            Create a personal access token in DigitalOcean's control panel, then paste it here. Its scopes decide what
            the panel may do:
          </p>
          <TokenScopes className="welcome-option__scopes" />
          <div className="welcome-option__actions">
            <Button variant="primary" icon={<Plus />} onClick={openAddAccount}>
              Add a DigitalOcean token
            </Button>
            <ExternalLink href={tokensUrl} variant="ghost">
              Create a token
            </ExternalLink>
          </div>
        </article>

        <article className="welcome-option" aria-labelledby={`${titleId}-demo`}>
          <div className="welcome-option__icon" aria-hidden="true">
            <FlaskConical />
          </div>
          <h3 id={`${titleId}-demo`} className="welcome-option__title">
            Look around first
          </h3>
          <p className="welcome-option__text">
            A sample company's account, served by a simulator built into the panel. It needs no token and nothing you do
            reaches DigitalOcean.
          </p>
          <ul className="welcome-option__features">
            <li>
              <Server aria-hidden="true" />
              Sixteen droplets across ten regions, in every state
            </li>
            <li>
              <Layers aria-hidden="true" />
              Snapshots, backups and custom images
            </li>
            <li>
              <Activity aria-hidden="true" />
              Actions to start and follow, on a simulated clock
            </li>
          </ul>
          <div className="welcome-option__actions">
            <Button
              variant="secondary"
              icon={<FlaskConical />}
              busy={switchingTo === demoAccountId}
              disabled={switchAccount.isPending}
              onClick={() => switchAccount.mutate(demoAccountId)}
            >
              Try the demo account
            </Button>
          </div>
        </article>
      </div>

      {environmentTokenAvailable ? (
        <div className="welcome__environment">
          <Terminal aria-hidden="true" />
          <p>
            <code>DIGITALOCEAN_ACCESS_TOKEN</code> is set in the environment the panel was started from. Use it for this
            session without saving it.
          </p>
          <Button
            variant="secondary"
            size="sm"
            busy={switchingTo === environmentAccountId}
            disabled={switchAccount.isPending}
            onClick={() => switchAccount.mutate(environmentAccountId)}
          >
            Use DIGITALOCEAN_ACCESS_TOKEN
          </Button>
        </div>
      ) : null}

      {switchAccount.error ? (
        <Callout
          tone="danger"
          role="alert"
          title={
            switchAccount.variables === demoAccountId ? "The demo account couldn't start" : "DIGITALOCEAN_ACCESS_TOKEN couldn't be used"
          }
          className="welcome__failure"
        >
          <p>{panelErrorOf(switchAccount.error).message}</p>
        </Callout>
      ) : null}
    </section>
  );
};
