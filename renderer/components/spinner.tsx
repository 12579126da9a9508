import { cx } from './cx';
import './spinner.css';

export interface SpinnerProps {
  size?: 'sm' | 'md';
}

/** Decoration beside text that already says what is busy, so it is hidden from assistive technology. */
export const Spinner = ({ size = 'md' }: SpinnerProps) => (
  <span aria-hidden="true" className={cx('spinner', `spinner--${size}`)} />
);
