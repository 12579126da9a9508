import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { NotificationMode } from '../../../shared/action-types';
import type { AppInfo } from '../../../shared/app-types';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { Callout } from '../../components/callout';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { appQueries } from '../about/queries';
import { preferenceQueries, useUpdatePreferences, type Preferences } from './preference-queries';
import { SettingsSection } from './settings-section';
import { SwitchRow } from './switch-row';
import './notifications-section.css';

const modes: ReadonlyArray<{ value: NotificationMode; label: string; hint: string }> = [
  { value: 'all', label: 'Every completion', hint: 'When an action finishes, whether it succeeded or failed.' },
  { value: 'errors', label: 'Errors only', hint: 'Only when an action fails.' },
  { value: 'never', label: 'Never', hint: 'Progress stays in the lists and in Activity.' },
];

/** Where the tray setting applies it is a switch; elsewhere, a sentence on what happens instead. */
const WindowClose = ({ info, preferences, onChange }: { info: AppInfo; preferences: Preferences; onChange: (enabled: boolean) => void }) => {
  if (info.runtime === 'browser') {
    return (
      <Callout tone="info" title="In a browser tab">
        <p>Notifications show as messages in the corner of this page while the tab is open. The tray belongs to the desktop app and does not apply here.</p>
      </Callout>
    );
  }
  if (!preferences.closeToTray.applies) {
    return (
      <p className="notifications-section__note">
        Closing the window leaves the app running in the Dock, as macOS apps do, so tracking and notifications go on. Quit it from the Dock or the app menu.
      </p>
    );
  }
  return (
    <SwitchRow
      title="Keep running in the tray when the window is closed"
      description="Actions are still watched and notifications still arrive; open the panel again from the tray icon. Quit from the tray's menu."
      checked={preferences.closeToTray.enabled}
      onChange={onChange}
    />
  );
};

const Fields = ({ info, preferences }: { info: AppInfo; preferences: Preferences }) => {
  const update = useUpdatePreferences();
  const hintId = useId();
  const where = info.runtime === 'browser' ? 'Show a message' : 'Show a notification';
  return (
    <>
      <fieldset className="notifications-section__modes" aria-describedby={hintId}>
        <legend className="notifications-section__legend">{where} when an action finishes</legend>
        <p id={hintId} className="notifications-section__hint">
          Each says how the action ended, on what, and how long it took; click it to open the resource.
        </p>
        <div className="notifications-section__options">
          {modes.map((mode) => (
            <label key={mode.value} className="notifications-section__option">
              <input
                type="radio"
                name="notification-mode"
                value={mode.value}
                checked={preferences.notifications.mode === mode.value}
                onChange={() => update.mutate({ notifications: { mode: mode.value } })}
              />
              <span>
                <span className="notifications-section__option-label">{mode.label}</span>
                <span className="notifications-section__option-hint">{mode.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SwitchRow
        title="Include actions started elsewhere (the control panel, doctl, scheduled backups)"
        description="Off: only actions started from this panel. The Activity view lists the others either way."
        checked={preferences.notifications.includeOthers}
        onChange={(includeOthers) => update.mutate({ notifications: { includeOthers } })}
      />
      <WindowClose info={info} preferences={preferences} onChange={(closeToTray) => update.mutate({ closeToTray })} />
      {update.error ? (
        <Callout tone="danger" role="alert" title="The change was not saved">
          <p>{panelErrorOf(update.error).message}</p>
        </Callout>
      ) : null}
    </>
  );
};

/** When the panel tells you an action finished, and what closing the window does. */
export const NotificationsSection = () => {
  const info = useQuery(appQueries.info());
  const preferences = useQuery(preferenceQueries.get());
  const failed = info.error ?? preferences.error;
  let body;
  if (failed) {
    body = (
      <ErrorState
        title="Couldn't load the notification settings"
        error={panelErrorOf(failed)}
        retrying={info.isFetching || preferences.isFetching}
        onRetry={() => {
          void info.refetch();
          void preferences.refetch();
        }}
      />
    );
  } else if (info.data && preferences.data) {
    body = <Fields info={info.data} preferences={preferences.data} />;
  } else {
    body = (
      <div role="status" aria-label="Loading the notification settings" className="notifications-section__loading">
        <Skeleton width="40%" />
        <Skeleton width="70%" />
        <Skeleton width="55%" />
      </div>
    );
  }
  return (
    <SettingsSection title="Notifications" description="When the panel tells you an action has finished. Saved on this computer.">
      {body}
    </SettingsSection>
  );
};
