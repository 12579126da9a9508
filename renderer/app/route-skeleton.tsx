import { PageHeader } from '../components/page-header';
import { TableSkeleton } from '../components/table-skeleton';
import type { Area } from '../../shared/app-types';
import { navItems } from './nav-items';
import './route-skeleton.css';

/**
 * Holds an area's place while its chunk loads: the page's own title and a table's outline. It fades
 * in only after a moment (route-skeleton.css), so the usual load, a few milliseconds from disk, shows
 * nothing in between rather than a flash of grey.
 */
export const RouteSkeleton = ({ area }: { area: Area }) => {
  const label = navItems.find((item) => item.area === area)?.label ?? '';
  return (
    <div className="page page--fill route-skeleton">
      <PageHeader title={label} />
      <div className="page__content">
        <TableSkeleton what={label} />
      </div>
    </div>
  );
};
