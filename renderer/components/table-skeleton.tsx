import { Skeleton } from './skeleton';
import './table-skeleton.css';

const widths = ['72%', '58%', '80%', '64%', '76%', '52%', '68%', '60%'];

/** Rows shaped like a resource table's while its list loads; `what` ends "Loading …" for screen readers. */
export const TableSkeleton = ({ what }: { what: string }) => (
  <div role="status" aria-busy="true" className="table-skeleton">
    <span className="visually-hidden">Loading {what}</span>
    <div className="table-skeleton__header" />
    {widths.map((width, index) => (
      <div key={index} className="table-skeleton__row">
        <Skeleton width={width} />
        <Skeleton width="70%" />
        <Skeleton width="80%" />
        <Skeleton width="50%" />
        <Skeleton width="90%" />
        <Skeleton width="60%" />
      </div>
    ))}
  </div>
);
