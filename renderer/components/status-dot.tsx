import type { BadgeTone } from './badge';
import { cx } from './cx';
import { Spinner } from './spinner';
import './status-dot.css';

export interface StatusDotProps {
  /** The status's colour; `busy` shows a spinner in place of the dot (something is running on the item). */
  tone: BadgeTone | 'busy';
  text: string;
  title?: string;
}

/** A status as a coloured dot and a word, or a spinner and what is running. */
export const StatusDot = ({ tone, text, title }: StatusDotProps) => (
  <span className={cx('status-dot', `status-dot--${tone}`)} title={title}>
    {tone === 'busy' ? <Spinner size="sm" /> : <span aria-hidden="true" className="status-dot__dot" />}
    <span className="status-dot__text">{text}</span>
  </span>
);
