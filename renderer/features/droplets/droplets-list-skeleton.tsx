import { Skeleton } from '../../components/skeleton';

const widths = ['72%', '58%', '80%', '64%', '76%', '52%', '68%', '60%'];

/** Rows shaped like the table's while the list loads. */
export const DropletsListSkeleton = () => (
  <div role="status" aria-busy="true" className="droplets-skeleton">
    <span className="visually-hidden">Loading droplets</span>
    <div className="droplets-skeleton__header" />
    {widths.map((width, index) => (
      <div key={index} className="droplets-skeleton__row">
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
