import { useId } from 'react';
import { useSidebarActions, useSidebarCollapsed } from '../../stores/sidebar-store';
import './sidebar-field.css';

/**
 * The same state as the sidebar's own collapse button, offered where people look for preferences.
 * The whole row is the click target; the switch is named by the title alone and described by the rest.
 */
export const SidebarField = () => {
  const collapsed = useSidebarCollapsed();
  const { setCollapsed } = useSidebarActions();
  const titleId = useId();
  const descriptionId = useId();

  return (
    <label className="sidebar-field">
      <span className="sidebar-field__text">
        <span id={titleId} className="sidebar-field__title">Collapsed sidebar</span>
        <span id={descriptionId} className="sidebar-field__description">
          Show only icons in the sidebar; labels appear as tooltips. The panel remembers this between launches.
        </span>
      </span>
      <input
        type="checkbox"
        role="switch"
        className="switch"
        checked={collapsed}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onChange={(event) => setCollapsed(event.target.checked)}
      />
    </label>
  );
};
