import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { buttonClass, type ButtonStyle } from './button-class';

export interface LinkButtonProps extends ButtonStyle {
  /** An in-app path such as `/accounts`. */
  href: string;
  children: ReactNode;
}

/** Navigation inside the app that looks like a button: it is still a link, so it behaves like one. */
export const LinkButton = ({ href, variant, size, children }: LinkButtonProps) => (
  <Link href={href} className={buttonClass({ variant, size })}>
    {children}
  </Link>
);
