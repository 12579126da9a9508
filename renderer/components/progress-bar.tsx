import { cx } from './cx';
import './progress-bar.css';

/** `unknown`: work that may still run but whose status cannot be confirmed; the bar holds still. */
export type ProgressTone = 'running' | 'done' | 'failed' | 'unknown';

export interface ProgressBarProps {
  /** What the bar measures, as its accessible name ("Snapshot of web-1"). */
  label: string;
  /** 0 to 1; null draws the indeterminate look (no honest estimate). */
  fraction: number | null;
  tone?: ProgressTone;
  /** What a screen reader announces instead of a number: time left, "estimate", or the outcome. */
  valueText: string;
  size?: 'sm' | 'md';
  className?: string;
}

/**
 * A progress bar. The fill is set through the CSSOM (React's `style`), which the strict CSP allows;
 * the value is spoken as `valueText`, never as a percent, because DigitalOcean reports none.
 */
export const ProgressBar = ({ label, fraction, tone = 'running', valueText, size = 'md', className }: ProgressBarProps) => {
  const settled = tone === 'done' || tone === 'failed';
  const shown = settled ? 1 : fraction;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={shown === null ? undefined : Math.round(shown * 100)}
      aria-valuetext={valueText}
      aria-busy={tone === 'running' ? true : undefined}
      className={cx('progress-bar', `progress-bar--${size}`, `progress-bar--${tone}`, shown === null && tone === 'running' && 'progress-bar--indeterminate', className)}
    >
      <span className="progress-bar__fill" style={shown === null ? undefined : { width: `${Math.min(1, Math.max(0, shown)) * 100}%` }} />
    </div>
  );
};
