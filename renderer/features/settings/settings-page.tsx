import { Page } from '../../components/page';
import { AppInfoPanel } from '../about/app-info-panel';
import { DensityField } from './density-field';
import { NotificationsSection } from './notifications-section';
import { SettingsSection } from './settings-section';
import { SidebarField } from './sidebar-field';
import { ThemeField } from './theme-field';

export const SettingsPage = () => (
  <Page title="Settings" description="How the panel looks and tells you about finished work on this computer.">
    <SettingsSection title="Appearance" description="Theme, list density and layout. Saved on this computer only.">
      <ThemeField />
      <DensityField />
      <SidebarField />
    </SettingsSection>
    <NotificationsSection />
    <SettingsSection title="About" description="What is running, for bug reports and support.">
      <AppInfoPanel />
    </SettingsSection>
  </Page>
);
