import { X } from 'lucide-react';
import type { SettledAction } from '../../shared/action-types';
import { failureReason, settledTitle } from '../../shared/actions/words';
import { Badge } from '../components/badge';
import { Tooltip } from '../components/tooltip';
import { useDismissedFailuresActions } from '../stores/dismissed-failures-store';
import { useFailureShown } from './use-recent-failure';
import './failed-mark.css';

/**
 * A failed action's mark on its resource's list row, with the reason on hover, so a failure seen
 * nowhere else (a bulk action of many, a toast missed) is still found where it happened. `failure` is
 * the row's entry of `useRecentFailures`: the latest tracked action on the resource, when it failed.
 */
export const FailedMark = ({ failure }: { failure: SettledAction | undefined }) =>
  // Keyed by the failure: a row handed another resource (tables key rows by position) starts its clock afresh.
  failure === undefined ? null : <ShownFailure key={failure.key} failure={failure} />;

const ShownFailure = ({ failure }: { failure: SettledAction }) => {
  const shown = useFailureShown(failure);
  const { dismiss } = useDismissedFailuresActions();
  if (!shown) return null;
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
