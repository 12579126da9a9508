import { useHashQuery } from '../../routing/hash-location';
import { formatImagesView, parseImagesView, type ImagesView } from './image-filters';

/**
 * The images screen's state, read from and written to the hash's query string
 * (`#/images?tab=snapshots&q=…&tag=…&image=<id>`). Updates replace the history entry: typing a search
 * should not leave a Back step per keystroke.
 */
export const useImagesView = (): [ImagesView, (patch: Partial<ImagesView>) => void] => useHashQuery(parseImagesView, formatImagesView);
