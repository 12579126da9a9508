import { useHashQuery } from '../../routing/hash-location';
import { formatDropletsView, parseDropletsView, type DropletsView } from './droplet-filters';

/**
 * The droplet screen's state, read from and written to the hash's query string. Updates replace the
 * history entry: typing a search should not leave a Back step per keystroke.
 */
export const useDropletsView = (): [DropletsView, (patch: Partial<DropletsView>) => void] => useHashQuery(parseDropletsView, formatDropletsView);
