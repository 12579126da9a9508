import { useQuery } from '@tanstack/react-query';
import type { AppInfo, Runtime } from '../../../shared/app-types';
import { LogoMark } from '../../components/logo-mark';
import { QueryView } from '../../components/query-view';
import { Skeleton } from '../../components/skeleton';
import { appQueries } from './queries';
import './app-info-panel.css';

const runtimeNames: Record<Runtime, string> = {
  desktop: 'Desktop app',
  browser: 'Browser mode',
};

const platformNames: Readonly<Record<string, string>> = {
  darwin: 'macOS',
  win32: 'Windows',
  linux: 'Linux',
};

interface Fact {
  label: string;
  /** Absent facts (no Electron in browser mode) are left out. */
  value: string | undefined;
  /** Version numbers and URLs read best, and copy cleanly, in the monospace face. */
  code?: boolean;
}

const factsOf = (info: AppInfo): Fact[] => [
  { label: 'Runtime', value: runtimeNames[info.runtime] },
  { label: 'Platform', value: platformNames[info.platform] ?? info.platform },
  { label: 'Node.js', value: info.versions.node, code: true },
  { label: 'Electron', value: info.versions.electron, code: true },
  { label: 'Chromium', value: info.versions.chrome, code: true },
  { label: 'API base URL', value: info.apiBaseUrl, code: true },
];

const AppInfoSkeleton = () => (
  <div className="app-info" aria-hidden="true">
    <div className="app-info__hero">
      <Skeleton shape="block" width={44} height={44} />
      <div className="app-info__hero-text">
        <Skeleton width={160} height={14} />
        <Skeleton width={90} />
      </div>
    </div>
    <Skeleton shape="block" height={150} />
  </div>
);

/** What is running, for the About dialog and Settings: the facts a bug report needs. */
export const AppInfoPanel = () => {
  const info = useQuery(appQueries.info());
  return (
    <QueryView
      query={info}
      loadingLabel="Loading app information"
      loading={<AppInfoSkeleton />}
      errorTitle="Couldn't load app information"
    >
      {(app) => (
        <div className="app-info">
          <div className="app-info__hero">
            <LogoMark size={44} />
            <div className="app-info__hero-text">
              <p className="app-info__name">{app.name}</p>
              <p className="app-info__version">Version {app.version}</p>
            </div>
          </div>
          <dl className="app-info__facts">
            {factsOf(app).map(({ label, value, code }) =>
              value === undefined ? null : (
                <div key={label} className="app-info__fact">
                  <dt>{label}</dt>
                  <dd>{code ? <code>{value}</code> : value}</dd>
                </div>
              ),
            )}
          </dl>
        </div>
      )}
    </QueryView>
  );
};
