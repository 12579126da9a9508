import { Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { areas } from '../../shared/app-types';
import { areaPath } from '../routing/area-path';
import { ChunkErrorBoundary } from './chunk-error-boundary';
import { RouteSkeleton } from './route-skeleton';
import { areaScreens } from './screens';

/**
 * One route per area, each page in its own chunk (screens.ts): the start page is already loading as
 * the shell starts, the others load when first visited or once the app is idle. Until a page's chunk
 * is there, its title and a table's outline hold its place.
 */
export const AppRoutes = () => (
  <Switch>
    {areas.map((area) => {
      const Page = areaScreens[area].Component;
      return (
        <Route key={area} path={areaPath(area)}>
          <ChunkErrorBoundary>
            <Suspense fallback={<RouteSkeleton area={area} />}>
              <Page />
            </Suspense>
          </ChunkErrorBoundary>
        </Route>
      );
    })}
    {/* The start page, and where an unknown address (an old bookmark, a typo) lands. */}
    <Route>
      <Redirect to={areaPath('droplets')} replace />
    </Route>
  </Switch>
);
