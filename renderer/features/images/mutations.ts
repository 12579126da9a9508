import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract';
import type { ImageRow } from '../../../shared/image-types';
import { call } from '../../bridge/call';
import { imageQueries } from '../../catalog/queries';
import { confirmGone } from '../../resources/confirm-gone';
import { markGone } from '../../resources/gone';
import { isNotFound } from '../../resources/not-found';
import { noteStartedAction } from '../../tracking/note-started';

export type ImageActionRequest = RequestOf<'images.runAction'>['action'];
export type ImageChanges = Omit<RequestOf<'images.update'>, 'id'>;
export type NewCustomImage = RequestOf<'images.importCustom'>;

/** Puts a changed row in every cached list that holds it. */
const replaceRow = (rows: ImageRow[] | undefined, row: ImageRow) => rows?.map((item) => (item.id === row.id ? row : item));

/**
 * Transfers or converts an image, once (mutations never retry: the POST may have reached DigitalOcean).
 * The tracker's answer shows at once, so the progress bar appears before the next poll.
 */
export const useRunImageAction = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ImageActionRequest) => call('images.runAction', { id, action }),
    onSuccess: () => noteStartedAction(queryClient),
    // Refused as not found: if the image itself is gone, every view shows its tombstone.
    onError: (error) => {
      if (isNotFound(error)) void confirmGone(queryClient, 'image', id);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: imageQueries.history(id).queryKey }),
  });
};

/** Renames an image (and, for a custom image, its description and distribution). */
export const useUpdateImage = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ImageChanges) => call('images.update', { id, ...changes }),
    // DigitalOcean answered with the image: it replaces the row in every list, and only this image's own queries are stale.
    onSuccess: (row) => queryClient.setQueriesData<ImageRow[]>({ queryKey: imageQueries.lists() }, (rows) => replaceRow(rows, row)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...imageQueries.details(), id] }),
  });
};

/**
 * Deletes one of the account's images: it leaves every list at once and is remembered as gone, so a
 * link to it opens its tombstone. No list is asked again: the delete is the only change.
 */
export const useDeleteImage = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('images.delete', { id }),
    onSuccess: () => markGone(queryClient, 'image', id),
    // Already deleted elsewhere: the same outcome, once DigitalOcean confirms the image is gone.
    onError: (error) => {
      if (isNotFound(error)) void confirmGone(queryClient, 'image', id);
    },
  });
};

/**
 * Imports a custom image from a URL. The new row joins the account's lists at once (status `NEW`), and
 * the tracker is asked again so the import's progress shows from the start.
 */
export const useImportImage = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NewCustomImage) => call('images.importCustom', request),
    onSuccess: (row) => {
      queryClient.setQueriesData<ImageRow[]>({ queryKey: [...imageQueries.lists(), { private: true }] }, (rows) =>
        rows === undefined || rows.some((item) => item.id === row.id) ? rows : [...rows, row],
      );
      noteStartedAction(queryClient);
    },
  });
};
