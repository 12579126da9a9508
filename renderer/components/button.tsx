import type { ComponentPropsWithRef, ReactNode } from 'react';
import { buttonClass, type ButtonStyle } from './button-class';
import { Spinner } from './spinner';

export interface ButtonProps extends ComponentPropsWithRef<'button'>, ButtonStyle {
  /** A leading icon; replaced by a spinner while `busy`. */
  icon?: ReactNode;
  /** Work started by this button is under way: it shows a spinner and ignores further presses. */
  busy?: boolean;
}

export const Button = ({
  variant,
  size,
  icon,
  busy = false,
  className,
  type = 'button',
  disabled,
  children,
  ...props
}: ButtonProps) => (
  <button
    type={type}
    className={buttonClass({ variant, size }, className)}
    disabled={disabled || busy}
    aria-busy={busy || undefined}
    {...props}
  >
    {busy ? <Spinner size="sm" /> : icon}
    {children}
  </button>
);
