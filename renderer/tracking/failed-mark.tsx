import { X } from 'lucide-react';
import type { TrackedResourceType } from '../../shared/action-types';
import { failureReason, settledTitle } from '../../shared/actions/words';
import { Badge } from '../components/badge';
import { Tooltip } from '../components/tooltip';
import { useDismissedFailuresActions } from '../stores/dismissed-failures-store';
import { useRecentFailure } from './use-recent-failure';
import './failed-mark.css';

/**
 * A failed action's mark on its resource's list row, with the reason on hover, so a failure seen
 * nowhere else (a bulk action of many, a toast missed) is still found where it happened.
 */
export const FailedMark = ({ type, id }: { type: TrackedResourceType; id: number }) => {
  const failure = useRecentFailure(type, id);
  const { dismiss } = useDismissedFailuresActions();
  if (failure === undefined) return null;
  const title = settledTitle({ outcome: 'errored', action: failure });
  const reason = `${title}. ${failureReason(failure.errorMessage)}`;
  return (
    <span className="failed-mark">
      <Tooltip content={reason}>
        <span className="failed-mark__badge" aria-label={reason} tabIndex={-1}>
          <Badge tone="danger">Failed</Badge>
        </span>
      </Tooltip>
      <button
        type="button"
        className="failed-mark__dismiss"
        aria-label={`Dismiss: ${title}`}
        title="Dismiss"
        tabIndex={-1}
        onClick={(event) => {
          // The row opens on a click; dismissing a mark must not.
          event.stopPropagation();
          dismiss(failure.key);
        }}
      >
        <X aria-hidden="true" />
      </button>
    </span>
  );
};
