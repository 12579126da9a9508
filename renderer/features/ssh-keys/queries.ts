import { queryOptions } from '@tanstack/react-query';
import { call } from '../../bridge/call';

/** DigitalOcean answers only 10 key lists a minute: the list is kept for minutes; adds, renames and deletes patch it in place. */
const sshKeysStaleMs = 5 * 60_000;

export const sshKeyQueries = {
  all: () => ['ssh-keys'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sshKeyQueries.all(), 'list'] as const,
      queryFn: () => call('sshKeys.list', {}),
      staleTime: sshKeysStaleMs,
    }),
};
