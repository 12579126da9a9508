import { ExternalLink as ExternalLinkIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { buttonClass, type ButtonStyle } from './button-class';
import './external-link.css';

export interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  variant: NonNullable<ButtonStyle['variant']>;
}

/**
 * A button-styled link that leaves the panel. `target=_blank` hands it to the system browser
 * (desktop) or a new tab (browser mode) instead of replacing the app; `noreferrer` keeps the app's
 * address private.
 */
export const ExternalLink = ({ href, children, variant }: ExternalLinkProps) => (
  <a href={href} target="_blank" rel="noreferrer" className={buttonClass({ variant }, 'external-link')}>
    {children}
    <ExternalLinkIcon className="external-link__icon" />
    <span className="visually-hidden"> (opens in your browser)</span>
  </a>
);
