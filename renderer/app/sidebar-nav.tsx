import { Link, useLocation } from 'wouter';
import { cx } from '../components/cx';
import { Tooltip } from '../components/tooltip';
import { navItems, type NavItem } from './nav-items';

const isCurrent = (location: string, path: string): boolean => location === path || location.startsWith(`${path}/`);

const SidebarLink = ({ item, current, collapsed }: { item: NavItem; current: boolean; collapsed: boolean }) => {
  const Icon = item.icon;
  const link = (
    <Link
      href={item.path}
      className={cx('sidebar-nav__link', current && 'sidebar-nav__link--current')}
      aria-current={current ? 'page' : undefined}
    >
      <Icon />
      <span className="sidebar-nav__label">{item.label}</span>
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
  return (
    <nav className="sidebar-nav" aria-label="Main">
      <ul className="sidebar-nav__list">
        {navItems.map((item) => (
          <li key={item.area}>
            <SidebarLink item={item} current={isCurrent(location, item.path)} collapsed={collapsed} />
          </li>
        ))}
      </ul>
    </nav>
  );
};
