import { Skeleton } from './skeleton';
import './empty-state.css';

/** Holds an empty state's place while the query that decides what it says is loading. */
export const EmptyStateSkeleton = () => (
  <div className="empty-state" aria-hidden="true">
    <Skeleton shape="block" width={52} height={52} className="empty-state__icon-skeleton" />
    <Skeleton width={220} height={16} />
    <Skeleton width={340} className="empty-state__line-skeleton" />
    <Skeleton width={260} className="empty-state__line-skeleton" />
  </div>
);
