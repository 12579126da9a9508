import { lazy, Suspense } from 'react';
import { DropletGraphsSkeleton } from './droplet-graphs-skeleton';

/** recharts is loaded with the tab, the first time one is opened, so the list never waits for it. */
const DropletGraphs = lazy(() => import('./droplet-graphs'));

export const GraphsTab = ({ id }: { id: number }) => (
  <Suspense
    fallback={
      <div role="status" aria-busy="true">
        <span className="visually-hidden">Loading the graphs</span>
        <DropletGraphsSkeleton />
      </div>
    }
  >
    <DropletGraphs id={id} />
  </Suspense>
);
