import { useQuery } from '@tanstack/react-query';
import { Page } from '../../components/page';
import { useLastKnownSince } from '../../resources/last-known';
import { AccountGate } from '../accounts/account-gate';
import { accountQueries } from '../accounts/queries';
import { Welcome } from '../accounts/welcome';
import { DropletsFreshness } from './droplets-freshness';
import { DropletsScreen } from './droplets-screen';
import { dropletQueries } from './queries';
import { useDropletsView } from './use-droplets-view';

const ListFreshness = () => {
  const [view] = useDropletsView();
  const options = dropletQueries.list(view.tag === '' ? null : view.tag);
  const list = useQuery(options);
  return <DropletsFreshness query={list} lastKnownSince={useLastKnownSince(options.queryKey)} />;
};

export const DropletsPage = () => {
  const current = useQuery(accountQueries.current());
  const connected = current.data?.state === 'active';
  return (
    <Page
      title="Droplets"
      description="Virtual machines in your DigitalOcean account."
      layout={connected ? 'fill' : 'reading'}
      actions={connected ? <ListFreshness /> : undefined}
    >
      {/* The start page: on the first start it welcomes, and once an account is chosen the droplets take its place. */}
      <AccountGate noAccount={<Welcome />}>{() => <DropletsScreen />}</AccountGate>
    </Page>
  );
};
