import { cx } from './cx';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonStyle {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** One recipe for everything that looks like a button, whether it is a <button> or a link. */
export const buttonClass = ({ variant = 'secondary', size = 'md' }: ButtonStyle, ...extra: Array<string | undefined>): string =>
  cx('button', `button--${variant}`, `button--${size}`, ...extra);
