import type { ReactNode } from 'react';
import { cx } from './cx';
import './badge.css';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

export interface BadgeProps {
  tone?: BadgeTone;
  /** A small leading icon; decorative, the text says it all. */
  icon?: ReactNode;
  children: ReactNode;
}

/** A short label on something: its state ("Active") or a fact about it ("Keychain"). */
export const Badge = ({ tone = 'neutral', icon, children }: BadgeProps) => (
  <span className={cx('badge', `badge--${tone}`)}>
    {icon}
    {children}
  </span>
);
