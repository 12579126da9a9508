import { cx } from '../../components/cx';
import { tokenGuideUrl } from './digitalocean-links';
import './token-scopes.css';

/**
 * The scopes a token needs for what the panel does (DigitalOcean's API reference lists them per
 * endpoint): read scopes to browse, write scopes for each kind of action.
 */
export const TokenScopes = ({ className }: { className?: string }) => (
  <div className={cx('token-scopes', className)}>
    <dl className="token-scopes__list">
    <div className="token-scopes__row">
      <dt>To browse</dt>
      <dd>
        <strong>Read Only</strong>, or custom read scopes for account, actions, droplet, image, regions, sizes, snapshot and
        tag.
      </dd>
    </div>
    <div className="token-scopes__row">
      <dt>To act</dt>
      <dd>
        Also <code>droplet:update</code> (power, rename, snapshot), <code>droplet:create</code> (resize, create),{' '}
        <code>droplet:delete</code>, <code>image:create</code> (snapshots, imports), <code>image:update</code> and{' '}
        <code>image:delete</code>; or <strong>Full Access</strong>.
      </dd>
    </div>
    </dl>
    <a className="token-scopes__guide" href={tokenGuideUrl} target="_blank" rel="noreferrer">
      DigitalOcean's guide to tokens and scopes<span className="visually-hidden"> (opens in your browser)</span>
    </a>
  </div>
);
