import type { InFlightAction, SettledAction } from '../../shared/action-types';
import { ProgressBar } from '../components/progress-bar';
import { cx } from '../components/cx';
import { actionName } from '../../shared/actions/catalogue';
import { failureReason, formatDuration, originText, progressBasis, progressDetail, unconfirmedText } from '../../shared/actions/words';
import { formatClock } from '../format/format-date';
import { useLiveAction } from './use-live-action';
import './action-progress.css';

export interface ActionProgressProps {
  /** Running work, or work that just ended (shown done or failed, with DigitalOcean's reason). */
  action: InFlightAction | SettledAction;
  /** Leave the resource's name out where it is already on screen (a detail pane). */
  withResource?: boolean;
  size?: 'sm' | 'md';
  /** Say under the bar where the work came from when it was not a plain click here; off where a badge says it already (Activity). */
  withOrigin?: boolean;
  className?: string;
}

/** The bar's fill and tone: the estimate while running (none without one), full once it ended, still while unconfirmed. */
const barOf = (action: InFlightAction | SettledAction): { fraction: number | null; tone: 'running' | 'done' | 'failed' | 'unknown' } => {
  if (action.status !== 'in-progress') return { fraction: 1, tone: action.status === 'completed' ? 'done' : 'failed' };
  const fraction = action.progress.kind === 'estimate' ? action.progress.fraction : null;
  return { fraction, tone: action.unconfirmedSince === undefined ? 'running' : 'unknown' };
};

/** Under the title: elapsed and time left, how it ended, or since when its status is unknown. */
const detailOf = (action: InFlightAction | SettledAction): string =>
  action.status === 'in-progress' && action.unconfirmedSince !== undefined
    ? `${formatDuration(action.elapsedMs)} elapsed · ${unconfirmedText(formatClock(Date.parse(action.unconfirmedSince)))}`
    : progressDetail(action);

/**
 * One tracked action as a labelled progress bar: what runs, on what, elapsed time and the estimated
 * time left, an indeterminate bar where there is no estimate, and a failed state with the reason.
 */
export const ActionProgress = ({ action: reported, withResource = true, size = 'md', withOrigin = true, className }: ActionProgressProps) => {
  const action = useLiveAction(reported);
  const type = actionName(action.type);
  const title = withResource ? `${type} · ${action.resource.name}` : type;
  const detail = detailOf(action);
  const { fraction, tone } = barOf(action);
  const error = action.status === 'errored' ? failureReason(action.errorMessage) : null;
  const origin = withOrigin ? originText(action) : undefined;
  return (
    <div className={cx('action-progress', `action-progress--${tone}`, className)} title={action.status === 'in-progress' ? progressBasis(action) : undefined}>
      <div className="action-progress__head">
        <span className="action-progress__title">{title}</span>
        <span className="action-progress__detail">{detail}</span>
      </div>
      <ProgressBar label={title} fraction={fraction} tone={tone} valueText={detail} size={size} />
      {origin === undefined ? null : <p className="action-progress__origin">{origin}</p>}
      {error ? <p className="action-progress__error">{error}</p> : null}
    </div>
  );
};
