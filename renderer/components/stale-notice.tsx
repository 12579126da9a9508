import { RotateCw, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import type { PanelError } from '../../shared/result';
import { Button } from './button';
import { cx } from './cx';
import './stale-notice.css';

export interface StaleNoticeProps {
  /** What is on screen and how it falls short ("Couldn’t refresh — showing data from 14:02", "Showing 3,200 of 10,000"). */
  summary: ReactNode;
  /** Why: DigitalOcean's own message, and its request id for support. */
  error: PanelError;
  retrying: boolean;
  onRetry: () => void;
  /** `alert` for what just went wrong with what the user is looking at; `status` otherwise. */
  role?: 'status' | 'alert';
  className?: string;
}

/**
 * Data shown that is not all it should be (older than a failed refresh, a list with a page missing):
 * what is shown, why, with DigitalOcean's message and request id, and Retry. The one look and wording
 * of such notes, wherever the data is.
 */
export const StaleNotice = ({ summary, error, retrying, onRetry, role = 'status', className }: StaleNoticeProps) => (
  <div role={role} className={cx('stale-notice', className)}>
    <TriangleAlert className="stale-notice__icon" aria-hidden="true" />
    <p className="stale-notice__text">
      <span className="stale-notice__summary">{summary}</span>
      <span className="stale-notice__detail">
        {error.message}
        {error.requestId === undefined ? null : (
          <>
            {' '}
            Request ID <code>{error.requestId}</code>
          </>
        )}
      </span>
    </p>
    <Button variant="secondary" size="sm" icon={<RotateCw />} busy={retrying} onClick={onRetry}>
      Retry
    </Button>
  </div>
);
