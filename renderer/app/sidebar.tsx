import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { IconButton } from '../components/icon-button';
import { LogoMark } from '../components/logo-mark';
import { AccountMenu } from '../features/accounts/account-menu';
import { useSidebarActions, useSidebarCollapsed } from '../stores/sidebar-store';
import { SidebarNav } from './sidebar-nav';
import './sidebar.css';

export const Sidebar = () => {
  const collapsed = useSidebarCollapsed();
  const { toggle } = useSidebarActions();

  return (
    <aside className="sidebar" aria-label="Sidebar">
      <div className="sidebar__header">
        <div className="sidebar__brand">
          <LogoMark size={24} />
          <span className="sidebar__brand-name">DigitalOcean Panel</span>
        </div>
        <IconButton
          label={collapsed ? 'Expand sidebar' : 'Collapse sidebar'}
          icon={collapsed ? <PanelLeftOpen /> : <PanelLeftClose />}
          size="sm"
          tooltipSide="right"
          onClick={toggle}
        />
      </div>
      <SidebarNav collapsed={collapsed} />
      <div className="sidebar__footer">
        <AccountMenu collapsed={collapsed} />
      </div>
    </aside>
  );
};
