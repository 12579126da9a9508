import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestOf } from '../../../shared/contract';
import type { Metrics, MetricsResult } from '../../../shared/do-types';
import { fail, ok } from '../../../shared/result';
import { sampleDroplet, sampleDropletRow } from '../../testing/droplet-samples';
import { bridge, never, replyWith } from '../../testing/fake-bridge';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { metricsAgentDocsUrl } from './droplet-graphs';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

type MetricsRequest = RequestOf<'droplets.metrics'>;

/** The request being answered: the fake records a call before it asks the reply for an answer. */
const currentRequest = (): MetricsRequest => bridge['droplets.metrics'].mock.lastCall?.[0 as never] as unknown as MetricsRequest;

const answer = (result: MetricsResult[]): Metrics => ({ status: 'success', data: { resultType: 'matrix', result } });
const gib = 1024 ** 3;

/** Four samples a minute apart at the end of the asked window: CPU 25 %, 50 %, 10 %; 1.5 and 3 Mbps; memory 25 %. */
const metricsFor = (request: MetricsRequest): Metrics => {
  const times = [180, 120, 60, 0].map((ago) => request.end - ago);
  const values = (of: (index: number) => number) => times.map((t, index) => [t, String(of(index))]);
  switch (request.metric) {
    case 'cpu': {
      const idle = [5_000, 5_090, 5_150, 5_258];
      return answer([
        { metric: { mode: 'idle' }, values: values((index) => idle[index] ?? 0) },
        { metric: { mode: 'user' }, values: values((index) => 1_000 + 120 * index - ((idle[index] ?? 0) - 5_000)) },
      ]);
    }
    case 'bandwidth':
      return answer([{ metric: { direction: request.direction }, values: values(() => (request.direction === 'inbound' ? 1.5 : 3)) }]);
    case 'memory_total':
      return answer([{ metric: {}, values: values(() => 4 * gib) }]);
    case 'memory_available':
      return answer([{ metric: {}, values: values(() => 3 * gib) }]);
    default:
      return answer([]);
  }
};

/** The tab's first render waits for recharts' chunk, which a busy machine takes a while to load. */
const lazyChunk = { timeout: 15_000 };

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('droplets.get', () => ok(sampleDroplet));
  replyWith('droplets.metrics', () => ok(metricsFor(currentRequest())));
});

const openGraphs = async () => {
  const rendered = renderApp(`/droplets?droplet=${sampleDroplet.id}`);
  const pane = await screen.findByRole('complementary', { name: `Droplet ${sampleDroplet.name}` });
  await rendered.user.click(within(pane).getByRole('tab', { name: 'Graphs' }));
  return { ...rendered, pane };
};

const requests = (): MetricsRequest[] => bridge['droplets.metrics'].mock.calls.map((call) => call[0 as never] as unknown as MetricsRequest);

describe('the Graphs tab', () => {
  it('draws CPU, public bandwidth and memory over 24 hours, with each chart said in words', async () => {
    const { pane } = await openGraphs();
    const cpu = await within(pane).findByRole('figure', { name: 'CPU usage (%)' }, lazyChunk);
    expect(cpu).toHaveTextContent('CPU usage: average 28.3 %, peak 50 % over the last 24 hours.');
    expect(within(pane).getByRole('figure', { name: 'Public bandwidth (Mbps)' })).toHaveTextContent(
      'Public bandwidth: inbound average 1.5 Mbps, peak 1.5 Mbps; outbound average 3 Mbps, peak 3 Mbps over the last 24 hours.',
    );
    expect(within(pane).getByRole('figure', { name: 'Memory used (%)' })).toHaveTextContent('Memory used: average 25 %, peak 25 % over the last 24 hours.');
    expect(cpu.querySelector('svg')).not.toBeNull();

    const asked = requests();
    expect(asked.map((request) => (request.metric === 'bandwidth' ? `${request.metric}:${request.interface}:${request.direction}` : request.metric)).sort()).toEqual([
      'bandwidth:public:inbound',
      'bandwidth:public:outbound',
      'cpu',
      'memory_available',
      'memory_total',
    ]);
    for (const request of asked) {
      expect(request.id).toBe(sampleDroplet.id);
      expect(request.end - request.start).toBe(86_400);
    }
  });

  it('asks again for the chosen period and says which one it shows', async () => {
    const { user, pane } = await openGraphs();
    await within(pane).findByRole('figure', { name: 'CPU usage (%)' }, lazyChunk);
    const picker = within(pane).getByRole('group', { name: 'Period' });
    expect(within(picker).getByRole('button', { name: '24 h' })).toHaveAttribute('aria-pressed', 'true');
    bridge['droplets.metrics'].mockClear();

    await user.click(within(picker).getByRole('button', { name: '7 days' }));
    expect(within(picker).getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(await within(pane).findByRole('figure', { name: 'CPU usage (%)' }, lazyChunk)).toHaveTextContent('over the last 7 days.');
    expect(requests()).toHaveLength(5);
    for (const request of requests()) expect(request.end - request.start).toBe(7 * 86_400);
  });

  it('shows a placeholder while the figures load', async () => {
    replyWith('droplets.metrics', never);
    const { pane } = await openGraphs();
    const panel = within(pane).getByRole('tabpanel', { name: 'Graphs' });
    expect(await within(panel).findByRole('status', {}, lazyChunk)).toHaveTextContent('Loading the graphs');
    expect(bridge['droplets.metrics']).toHaveBeenCalledTimes(5);
    expect(within(pane).queryByRole('figure')).toBeNull();
  });

  it("explains an empty answer: the droplet's metrics agent is missing", async () => {
    replyWith('droplets.metrics', () => ok(answer([])));
    const { pane } = await openGraphs();
    const empty = await within(pane).findByRole('region', { name: 'No data: install the DigitalOcean metrics agent' }, lazyChunk);
    expect(within(empty).getByRole('link', { name: /How to install the metrics agent/ })).toHaveAttribute('href', metricsAgentDocsUrl);
    expect(within(pane).queryByRole('figure')).toBeNull();
  });

  it("shows DigitalOcean's refusal with a Retry that asks again", async () => {
    replyWith('droplets.metrics', () =>
      currentRequest().metric === 'cpu'
        ? fail({ kind: 'forbidden', message: 'You are not authorized to perform this operation', status: 403, requestId: 'req-42' })
        : ok(metricsFor(currentRequest())),
    );
    const { user, pane } = await openGraphs();
    const alert = await within(pane).findByRole('alert', {}, lazyChunk);
    expect(alert).toHaveTextContent('You are not authorized to perform this operation');
    expect(alert).toHaveTextContent('req-42');

    replyWith('droplets.metrics', () => ok(metricsFor(currentRequest())));
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(pane).findByRole('figure', { name: 'CPU usage (%)' }, lazyChunk)).toHaveTextContent('peak 50 %');
    await waitFor(() => expect(within(pane).queryByRole('alert')).toBeNull());
  });
});
