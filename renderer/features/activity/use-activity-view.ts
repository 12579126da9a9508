import { useHashQuery } from '../../routing/hash-location';
import { formatActivityView, parseActivityView, type ActivityView } from './activity-filters';

/**
 * The Activity view's filters and history page, read from and written to the hash's query string.
 * Updates replace the history entry, so typing a search leaves no Back step per keystroke.
 */
export const useActivityView = (): [ActivityView, (patch: Partial<ActivityView>) => void] => useHashQuery(parseActivityView, formatActivityView);
