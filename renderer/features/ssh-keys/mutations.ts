import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract';
import type { SshKey } from '../../../shared/do-types';
import { call } from '../../bridge/call';
import { sshKeyQueries } from './queries';

/*
 * DigitalOcean answers only 10 key lists a minute, so a change is written into the cached list from
 * DigitalOcean's own answer instead of listing the keys again.
 */

const sameKey = (a: SshKey, b: SshKey): boolean => (a.id !== undefined && a.id === b.id) || (a.fingerprint !== undefined && a.fingerprint === b.fingerprint);

export const useAddSshKey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RequestOf<'sshKeys.add'>) => call('sshKeys.add', request),
    onSuccess: (added) =>
      queryClient.setQueryData<SshKey[]>(sshKeyQueries.list().queryKey, (keys) => (keys ? [...keys.filter((key) => !sameKey(key, added)), added] : keys)),
  });
};

export const useRenameSshKey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RequestOf<'sshKeys.rename'>) => call('sshKeys.rename', request),
    onSuccess: (renamed) =>
      queryClient.setQueryData<SshKey[]>(sshKeyQueries.list().queryKey, (keys) => keys?.map((key) => (sameKey(key, renamed) ? renamed : key))),
  });
};

export const useDeleteSshKey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('sshKeys.delete', { id }),
    onSuccess: ({ id }) => queryClient.setQueryData<SshKey[]>(sshKeyQueries.list().queryKey, (keys) => keys?.filter((key) => key.id !== id)),
  });
};
