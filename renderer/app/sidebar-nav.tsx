import { Link, useLocation } from 'wouter';
import { cx } from '../components/cx';
import { Badge } from '../components/badge';
import { Tooltip } from '../components/tooltip';
import { useTrackedActions } from '../tracking/use-tracked-actions';
import { navItems, type NavItem } from './nav-items';

const isCurrent = (location: string, path: string): boolean => location === path || location.startsWith(`${path}/`);

const SidebarLink = ({ item, current, collapsed, running }: { item: NavItem; current: boolean; collapsed: boolean; running: number }) => {
  const Icon = item.icon;
  const link = (
    <Link
      href={item.path}
      className={cx('sidebar-nav__link', current && 'sidebar-nav__link--current')}
      aria-current={current ? 'page' : undefined}
    >
      <Icon />
      <span className="sidebar-nav__label">{item.label}</span>
      {item.area === 'activity' && running > 0 && !collapsed ? (
        <Badge tone="accent">
          <span aria-hidden="true">{running}</span>
          <span className="visually-hidden">{`, ${running} running`}</span>
        </Badge>
      ) : null}
    </Link>
  );
  // Collapsed, the label is only read out (it stays in the DOM); sighted users get it as a tooltip.
  return collapsed ? (
    <Tooltip content={item.label} side="right">
      {link}
    </Tooltip>
  ) : (
    link
  );
};

export const SidebarNav = ({ collapsed }: { collapsed: boolean }) => {
  const [location] = useLocation();
  const running = useTrackedActions().length;
  return (
    <nav className="sidebar-nav" aria-label="Main">
      <ul className="sidebar-nav__list">
        {navItems.map((item) => (
          <li key={item.area}>
            <SidebarLink item={item} current={isCurrent(location, item.path)} collapsed={collapsed} running={running} />
          </li>
        ))}
      </ul>
    </nav>
  );
};
