import { Skeleton } from '../../components/skeleton';

/** Three charts' worth of placeholder, shown while recharts or the figures are on their way. */
export const DropletGraphsSkeleton = () => (
  <div className="droplet-graphs__charts">
    {[0, 1, 2].map((index) => (
      <div key={index} className="droplet-graph">
        <Skeleton width="30%" />
        <Skeleton shape="block" height={200} />
      </div>
    ))}
  </div>
);
