import type { UseQueryResult } from '@tanstack/react-query';
import { RotateCw } from 'lucide-react';
import { Button } from '../../components/button';
import { LastKnownNote } from '../../components/last-known-note';
import { useNow } from '../../components/use-now';

const agoText = (ms: number): string => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `Updated ${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `Updated ${minutes} min ago` : `Updated ${Math.floor(minutes / 60)} h ago`;
};

/**
 * How old the list is, and a way to ask DigitalOcean again. A kept list shown while the fresh one
 * loads (`lastKnownSince`) says when it is from instead.
 */
export const DropletsFreshness = ({ query, lastKnownSince }: { query: UseQueryResult<unknown>; lastKnownSince: number | null }) => {
  const now = useNow();
  return (
    <div className="droplets-freshness">
      {lastKnownSince !== null ? (
        <LastKnownNote since={lastKnownSince} refreshing={query.isFetching} />
      ) : query.dataUpdatedAt === 0 ? null : (
        <span className="droplets-freshness__ago">{agoText(now - query.dataUpdatedAt)}</span>
      )}
      <Button variant="secondary" size="sm" icon={<RotateCw />} busy={query.isFetching} onClick={() => void query.refetch()}>
        Refresh
      </Button>
    </div>
  );
};
