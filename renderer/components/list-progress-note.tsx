import type { PanelError } from '../../shared/result';
import type { ListProgress } from '../resources/list-progress';
import { incompleteSummary, loadingAnnouncement, loadingLabel, loadingText } from '../resources/list-words';
import { ProgressBar } from './progress-bar';
import { StaleNotice } from './stale-notice';
import './list-progress-note.css';

export interface ListProgressNoteProps {
  progress: ListProgress | undefined;
  /** The plural of what is listed ("droplets"). */
  noun: string;
  /** Whether the query holds rows to show: with none, the list's own loading and error faces speak instead. */
  hasRows: boolean;
  retrying: boolean;
  onRetry: () => void;
}

const IncompleteNote = ({ loaded, total, noun, error, retrying, onRetry }: { loaded: number; total: number; noun: string; error: PanelError; retrying: boolean; onRetry: () => void }) => (
  <StaleNotice role="alert" summary={incompleteSummary(loaded, total, noun)} error={error} retrying={retrying} onRetry={onRetry} />
);

/**
 * Over a list that is not whole: a determinate bar with "Loading 3,200 of 10,000" while pages arrive
 * (announced once, not per page), or, when a page failed for good, what is shown, DigitalOcean's
 * message and request id, and Retry. Nothing once the list is whole.
 */
export const ListProgressNote = ({ progress, noun, hasRows, retrying, onRetry }: ListProgressNoteProps) => {
  if (progress === undefined || !hasRows) return null;
  const { loaded, total, loading, incomplete } = progress;
  return (
    <>
      {incomplete && !loading ? <IncompleteNote loaded={loaded} total={total} noun={noun} error={incomplete} retrying={retrying} onRetry={onRetry} /> : null}
      {loading ? (
        <div className="list-progress-note list-progress-note--loading">
          <ProgressBar size="sm" label={loadingLabel(noun)} fraction={total > 0 ? loaded / total : null} valueText={loadingText(loaded, total, loading.replacing)} />
          <span className="list-progress-note__count" aria-hidden="true">
            {loadingText(loaded, total, loading.replacing)}
          </span>
          <span className="visually-hidden" role="status">
            {loadingAnnouncement(noun)}
          </span>
        </div>
      ) : null}
    </>
  );
};
