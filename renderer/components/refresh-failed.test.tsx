import { QueryClient, useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PanelError } from '../../shared/result';
import { BridgeError } from '../bridge/call';
import { formatClock } from '../format/format-date';
import { renderWithQuery } from '../testing/render-with-query';
import { RefreshFailed } from './refresh-failed';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

const unreachable: PanelError = { kind: 'network', message: 'Could not reach DigitalOcean at https://api.digitalocean.com (ECONNRESET).' };

/** A query that answers from a script: a value, or a failure, one per fetch. */
const scripted = (answers: (PanelError | string)[]) => {
  const queryFn = vi.fn(() => {
    const next = answers.shift();
    if (next === undefined) throw new Error('no answer scripted');
    return typeof next === 'string' ? Promise.resolve(next) : Promise.reject(new BridgeError(next));
  });
  const Probe = () => {
    const query = useQuery({ queryKey: ['probe'], queryFn, retry: false });
    return (
      <>
        <p>{query.data ?? 'nothing yet'}</p>
        <RefreshFailed query={query} />
      </>
    );
  };
  return renderWithQuery(<Probe />, new QueryClient());
};

describe('RefreshFailed', () => {
  it('says nothing while the data on screen is the latest answer', async () => {
    scripted(['2500 droplets']);
    expect(await screen.findByText('2500 droplets')).toBeInTheDocument();
    expect(screen.queryByText(/Couldn’t refresh/)).not.toBeInTheDocument();
  });

  it('says nothing for a first load that failed: there is no old data to warn about', async () => {
    const { queryClient } = scripted([unreachable]);
    await waitFor(() => expect(queryClient.getQueryState(['probe'])?.status).toBe('error'));
    expect(screen.queryByText(/Couldn’t refresh/)).not.toBeInTheDocument();
  });

  it('after a failed refresh, keeps the data and says from when, why, and offers Retry that clears it', async () => {
    const { queryClient } = scripted(['2500 droplets', unreachable, '2499 droplets']);
    await screen.findByText('2500 droplets');
    const shownFrom = queryClient.getQueryState(['probe'])?.dataUpdatedAt ?? 0;
    await act(() => queryClient.refetchQueries({ queryKey: ['probe'] }));

    const notice = await screen.findByRole('status');
    expect(screen.getByText('2500 droplets')).toBeInTheDocument();
    expect(notice).toHaveTextContent(`Couldn’t refresh — showing data from ${formatClock(shownFrom)} (DigitalOcean unreachable)`);
    expect(notice).toHaveTextContent('ECONNRESET');

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('2499 droplets')).toBeInTheDocument();
    expect(screen.queryByText(/Couldn’t refresh/)).not.toBeInTheDocument();
  });

  it('shows DigitalOcean’s own message and request id when it answered with an error', async () => {
    const { queryClient } = scripted(['one image', { kind: 'server', status: 503, message: 'Service Unavailable', requestId: 'req-4f1c' }]);
    await screen.findByText('one image');
    await act(() => queryClient.refetchQueries({ queryKey: ['probe'] }));
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('(DigitalOcean had an error)');
    expect(notice).toHaveTextContent('Service Unavailable');
    expect(notice).toHaveTextContent('Request ID req-4f1c');
  });
});
