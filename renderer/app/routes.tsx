import { Redirect, Route, Switch } from 'wouter';
import { AccountsPage } from '../features/accounts/accounts-page';
import { ActivityPage } from '../features/activity/activity-page';
import { DropletsPage } from '../features/droplets/droplets-page';
import { ImagesPage } from '../features/images/images-page';
import { SettingsPage } from '../features/settings/settings-page';
import { SshKeysPage } from '../features/ssh-keys/ssh-keys-page';
import { areaPath } from '../routing/area-path';

export const AppRoutes = () => (
  <Switch>
    <Route path={areaPath('droplets')} component={DropletsPage} />
    <Route path={areaPath('images')} component={ImagesPage} />
    <Route path={areaPath('ssh-keys')} component={SshKeysPage} />
    <Route path={areaPath('activity')} component={ActivityPage} />
    <Route path={areaPath('accounts')} component={AccountsPage} />
    <Route path={areaPath('settings')} component={SettingsPage} />
    {/* The start page, and where an unknown address (an old bookmark, a typo) lands. */}
    <Route>
      <Redirect to={areaPath('droplets')} replace />
    </Route>
  </Switch>
);
