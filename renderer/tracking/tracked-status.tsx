import type { InFlightAction } from '../../shared/action-types';
import { ProgressBar } from '../components/progress-bar';
import { StatusDot } from '../components/status-dot';
import { actionName } from '../../shared/actions/catalogue';
import { originText, progressBasis, progressText, unconfirmedText } from '../../shared/actions/words';
import { formatClock } from '../format/format-date';
import { useLiveAction } from './use-live-action';
import './tracked-status.css';

/**
 * What runs on a row's resource, in its status cell: a spinner and the time left, over a thin bar
 * (the estimate's fraction, or the indeterminate sweep where there is no estimate).
 */
export const TrackedStatus = ({ action: reported, bar = true }: { action: InFlightAction; bar?: boolean }) => {
  const action = useLiveAction(reported);
  if (action.unconfirmedSince !== undefined) {
    // No spinner and no sweep: nothing is known to be moving.
    const text = `${actionName(action.type)} · ${unconfirmedText(formatClock(Date.parse(action.unconfirmedSince)))}`;
    return <StatusDot tone="warning" text={text} title="The panel cannot reach DigitalOcean to confirm how this action is going." />;
  }
  const text = progressText(action);
  // Where it came from, when not a plain click here, ahead of where the estimate comes from: a row's quiet cue.
  const title = [originText(action), progressBasis(action)].filter(Boolean).join(' ');
  // A detail pane draws the full bar beside it: the status then says it in words only.
  if (!bar) return <StatusDot tone="busy" text={text} title={title} />;
  return (
    <span className="tracked-status" title={title}>
      <StatusDot tone="busy" text={text} />
      <ProgressBar
        label={`${actionName(action.type)} progress`}
        fraction={action.progress.kind === 'estimate' ? action.progress.fraction : null}
        valueText={text}
        size="sm"
      />
    </span>
  );
};
