import { useQuery } from '@tanstack/react-query';
import { Activity, Users } from 'lucide-react';
import { useId, useMemo, type ReactNode } from 'react';
import type { ActionSettled, InFlightAction, TrackedResource } from '../../../shared/action-types';
import { areaPath } from '../../routing/area-path';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LinkButton } from '../../components/link-button';
import { Page } from '../../components/page';
import { RefreshFailed } from '../../components/refresh-failed';
import { trackedActionQueries } from '../../tracking/queries';
import { useTrackedActions } from '../../tracking/use-tracked-actions';
import { AccountGate } from '../accounts/account-gate';
import { dropletQueries } from '../droplets/queries';
import { AccountHistory, nameKey, type KnownNames } from './account-history';
import { isFiltered, matchesActivity, type ActivityEntry } from './activity-filters';
import { RecentList, RunningList, SectionNote } from './activity-lists';
import { ActivityToolbar } from './activity-toolbar';
import { activityQueries } from './queries';
import { useActivityView } from './use-activity-view';
import './activity-page.css';

const entryOf = (resource: TrackedResource, status: ActivityEntry['status'], type: string): ActivityEntry => ({
  resourceType: resource.type,
  resourceId: resource.id,
  name: resource.name,
  status,
  type,
});

const runningEntry = (action: InFlightAction): ActivityEntry => entryOf(action.resource, 'running', action.type);
const settledEntry = (settled: ActionSettled): ActivityEntry => entryOf(settled.resource, settled.outcome, settled.action.type);

const Section = ({ title, count, children }: { title: string; count?: number; children: ReactNode }) => {
  const titleId = useId();
  return (
    <section className="activity-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="activity-section__title">
        {title}
        {count === undefined ? null : <span className="activity-section__count">{count}</span>}
      </h2>
      {children}
    </section>
  );
};

/**
 * Names for the history, which carries only ids: from the tracker's own actions and from a droplet
 * list already loaded. It never fetches the list itself, which could cost many requests.
 */
const useKnownNames = (running: readonly InFlightAction[], recent: readonly ActionSettled[]): KnownNames => {
  const { data: droplets } = useQuery({ ...dropletQueries.list(null), enabled: false });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const row of droplets ?? []) names.set(nameKey('droplet', row.id), row.name);
    for (const { resource } of [...recent, ...running]) names.set(nameKey(resource.type, resource.id), resource.name);
    return names;
  }, [droplets, running, recent]);
};

const ActivityScreen = () => {
  const [view, update] = useActivityView();
  const running = useTrackedActions();
  const tracked = useQuery(trackedActionQueries.tracked());
  const recent = useQuery(activityQueries.recent());
  const history = useQuery(activityQueries.history(view.page));
  const recentEntries = recent.data ?? [];
  const names = useKnownNames(running, recentEntries);

  const shownRunning = running.filter((action) => matchesActivity(runningEntry(action), view));
  const shownRecent = recentEntries.filter((settled) => matchesActivity(settledEntry(settled), view));
  const seenTypes = [...running.map((action) => action.type), ...recentEntries.map((settled) => settled.action.type), ...(history.data?.actions ?? []).map((action) => action.type ?? '')].filter(Boolean);
  const filtered = isFiltered(view);

  const nothingAtAll = running.length === 0 && recent.data?.length === 0 && history.data?.total === 0 && view.page === 1;
  if (nothingAtAll) {
    return (
      <EmptyState
        icon={Activity}
        title="No actions yet"
        description="Actions you start (power, resize, snapshots, image transfers) appear here with their progress."
        actions={
          <LinkButton href={areaPath('droplets')} variant="secondary">
            Go to Droplets
          </LinkButton>
        }
      />
    );
  }

  return (
    <div className="activity-screen">
      <ActivityToolbar view={view} onChange={update} seenTypes={seenTypes} />
      <Section title="Running" count={shownRunning.length}>
        <RefreshFailed query={tracked} />
        {shownRunning.length > 0 ? (
          <RunningList actions={shownRunning} />
        ) : (
          <SectionNote>{running.length === 0 ? 'Nothing is running on this account right now.' : 'No running action matches the filters.'}</SectionNote>
        )}
      </Section>
      <Section title="Finished recently" count={recent.data ? shownRecent.length : undefined}>
        <RefreshFailed query={recent} />
        {recent.isError && !recent.data ? (
          <ErrorState title="Couldn't load the finished actions" error={panelErrorOf(recent.error)} onRetry={() => void recent.refetch()} retrying={recent.isFetching} />
        ) : shownRecent.length > 0 ? (
          <RecentList entries={shownRecent} />
        ) : (
          <SectionNote>
            {recentEntries.length === 0 || !filtered
              ? 'Actions that finish while the panel is open are listed here, with how long they took.'
              : 'No finished action matches the filters.'}
          </SectionNote>
        )}
      </Section>
      <Section title="Account history">
        <RefreshFailed query={history} />
        <AccountHistory query={history} view={view} names={names} onPage={(page) => update({ page })} />
      </Section>
    </div>
  );
};

export const ActivityPage = () => (
  <Page title="Activity" description="Running and recent actions on the current account, with their progress.">
    <AccountGate
      noAccount={
        <EmptyState
          icon={Users}
          title="No account connected"
          description="Activity shows the actions of the current account. Add a DigitalOcean token or try the demo account first."
          actions={
            <LinkButton href={areaPath('accounts')} variant="secondary">
              Go to Accounts
            </LinkButton>
          }
        />
      }
    >
      {() => <ActivityScreen />}
    </AccountGate>
  </Page>
);
