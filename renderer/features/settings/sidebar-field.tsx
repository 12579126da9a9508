import { useSidebarActions, useSidebarCollapsed } from '../../stores/sidebar-store';
import { SwitchRow } from './switch-row';

/** The same state as the sidebar's own collapse button, offered where people look for preferences. */
export const SidebarField = () => {
  const collapsed = useSidebarCollapsed();
  const { setCollapsed } = useSidebarActions();
  return (
    <SwitchRow
      title="Collapsed sidebar"
      description="Show only icons in the sidebar; labels appear as tooltips. The panel remembers this between launches."
      checked={collapsed}
      onChange={setCollapsed}
    />
  );
};
