import type { InFlightAction, SettledAction } from '../../shared/action-types';
import { ProgressBar } from '../components/progress-bar';
import { cx } from '../components/cx';
import { actionTypeLabel, etaText, formatDuration, progressBasis } from './progress-format';
import './action-progress.css';

export interface ActionProgressProps {
  /** Running work, or work that just ended (shown done or failed, with DigitalOcean's reason). */
  action: InFlightAction | SettledAction;
  /** Leave the resource's name out where it is already on screen (a detail pane). */
  withResource?: boolean;
  size?: 'sm' | 'md';
  className?: string;
}

const durationOf = (action: SettledAction): number => Math.max(0, Date.parse(action.completedAt) - Date.parse(action.startedAt));

/** What the bar says: time left (labelled an estimate), "in progress", or how it ended. */
const summary = (action: InFlightAction | SettledAction): { detail: string; fraction: number | null; tone: 'running' | 'done' | 'failed' } => {
  if (action.status !== 'in-progress') {
    const took = formatDuration(durationOf(action));
    return action.status === 'completed' ? { detail: `Done in ${took}`, fraction: 1, tone: 'done' } : { detail: `Failed after ${took}`, fraction: 1, tone: 'failed' };
  }
  const elapsed = `${formatDuration(action.elapsedMs)} elapsed`;
  if (action.progress.kind === 'indeterminate') {
    return { detail: action.progress.reason === 'overdue' ? `${elapsed} · taking longer than expected` : `${elapsed} · no estimate yet`, fraction: null, tone: 'running' };
  }
  return { detail: `${elapsed} · ${etaText(action.progress.etaMs)} (estimate)`, fraction: action.progress.fraction, tone: 'running' };
};

/**
 * One tracked action as a labelled progress bar: what runs, on what, elapsed time and the estimated
 * time left, an indeterminate bar where there is no estimate, and a failed state with the reason.
 */
export const ActionProgress = ({ action, withResource = true, size = 'md', className }: ActionProgressProps) => {
  const type = actionTypeLabel(action.type);
  const title = withResource ? `${type} · ${action.resource.name}` : type;
  const { detail, fraction, tone } = summary(action);
  const error = action.status === 'errored' ? (action.errorMessage ?? 'DigitalOcean reported the action as errored and gave no reason.') : null;
  return (
    <div className={cx('action-progress', `action-progress--${tone}`, className)} title={action.status === 'in-progress' ? progressBasis(action) : undefined}>
      <div className="action-progress__head">
        <span className="action-progress__title">{title}</span>
        <span className="action-progress__detail">{detail}</span>
      </div>
      <ProgressBar label={title} fraction={fraction} tone={tone} valueText={detail} size={size} />
      {error ? <p className="action-progress__error">{error}</p> : null}
    </div>
  );
};
