import { formatMoment } from '../format/format-date';
import { lastKnownLabel } from '../format/last-known-words';
import './last-known-note.css';

/** Says that the list on screen is the one kept from `since`, and whether the fresh one is on its way. */
export const LastKnownNote = ({ since, refreshing }: { since: number; refreshing: boolean }) => (
  <span className="last-known-note">{lastKnownLabel(formatMoment(since), refreshing)}</span>
);
