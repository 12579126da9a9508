import { availableParallelism, loadavg } from 'node:os';
import { createDoClient } from '../electron/core/do-client';
import { createLogger } from '../electron/core/log';
import { ms, summarize } from './support/stats';
import { startSimulatorProcess, type SimulatorProcess } from './support/simulator-process';

/**
 * Listing every Droplet of a 10,000-Droplet account, side by side with the way doctl lists them,
 * against one simulator process with 50 ms added to every answer (a realistic round trip to the API):
 * (a) a doctl-style client written here: plain fetch, 200 per page, page 1 and then at most 5 pages in
 *     flight, as doctl's pagination does;
 * (b) the panel's client, `droplets.listAll()`, with as many pages in flight as its rate governor
 *     allows for the budget left.
 * Both parse every JSON body and must return all 10,000 Droplets. Runs are interleaved (a, b, a, b…)
 * after a warm-up of each, so both meet the same load on this shared machine; the rate limit is raised
 * out of the way so only the latency and the work count. Besides the ratio of the medians, the median
 * of each pair's ratio (b over the a just before it) and the machine's load are printed: when other
 * work starves the cores, both clients wait on the CPU rather than on the latency and the ratio nears 1. Then one run of the panel's whole Droplet list
 * (with the GPU list, as the Droplets screen asks for it) against the API's real limits (5,000 an hour,
 * 250 a minute): it must meet no 429. Every request goes to the simulator on 127.0.0.1.
 */

const token = 'bench-token';
const droplets = 10_000;
const perPage = 200;
const doctlPagesInFlight = 5;
const latency = '50';
const warmUps = 1;
const runs = 9;
const target = 0.8;

interface Run {
  requests: number;
  ms: number;
}

/** Fetch that counts what it sends and the 429s it gets back. */
const countingFetch = () => {
  const counts = { requests: 0, tooMany: 0 };
  const fetchCounted: typeof fetch = async (input, init) => {
    counts.requests += 1;
    const response = await fetch(input, init);
    if (response.status === 429) counts.tooMany += 1;
    return response;
  };
  return { counts, fetch: fetchCounted };
};

/** The page number in one of the list's `links.pages` URLs. */
const pageOf = (url: string | undefined): number | undefined => {
  const page = url === undefined ? Number.NaN : Number(new URL(url).searchParams.get('page'));
  return Number.isInteger(page) && page > 0 ? page : undefined;
};

interface DropletPage {
  droplets: { id: number }[];
  links?: { pages?: { last?: string } };
}

/** (a) doctl's way: page 1, the page count from its `links.pages.last`, then the other pages 5 at a time. */
const listLikeDoctl = async (simulator: SimulatorProcess): Promise<Run> => {
  const { counts, fetch: fetchCounted } = countingFetch();
  const getPage = async (page: number): Promise<DropletPage> => {
    const response = await fetchCounted(`${simulator.url}/v2/droplets?page=${page}&per_page=${perPage}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`doctl-style client: page ${page} answered ${response.status}`);
    return (await response.json()) as DropletPage;
  };
  const started = performance.now();
  const first = await getPage(1);
  const last = pageOf(first.links?.pages?.last) ?? 1;
  const pages: DropletPage[] = new Array<DropletPage>(last);
  pages[0] = first;
  let next = 2;
  const worker = async (): Promise<void> => {
    while (next <= last) {
      const page = next;
      next += 1;
      pages[page - 1] = await getPage(page);
    }
  };
  await Promise.all(Array.from({ length: Math.min(doctlPagesInFlight, last - 1) }, worker));
  const all = pages.flatMap((page) => page.droplets);
  const elapsed = performance.now() - started;
  if (all.length !== droplets) throw new Error(`the doctl-style client listed ${all.length} Droplets, not ${droplets}`);
  return { requests: counts.requests, ms: elapsed };
};

/** A panel client of its own (so its own governor, as a newly added account has). */
const panelClient = (simulator: SimulatorProcess) => {
  const counted = countingFetch();
  const client = createDoClient({ baseUrl: simulator.url, token: () => token, fetch: counted.fetch, log: createLogger('bench', { level: 'warn' }) });
  return { client, counts: counted.counts };
};

/** (b) the panel's client. */
const listWithPanel = async (simulator: SimulatorProcess): Promise<Run> => {
  const { client, counts } = panelClient(simulator);
  const started = performance.now();
  const all = await client.droplets.listAll();
  const elapsed = performance.now() - started;
  if (all.length !== droplets) throw new Error(`the panel's client listed ${all.length} Droplets, not ${droplets}`);
  return { requests: counts.requests, ms: elapsed };
};

const sideBySide = async (): Promise<string[]> => {
  const simulator = await startSimulatorProcess([
    '--seed', `large:${droplets}`, '--token', token, '--rate-limit', '100000000/100000000', '--latency', latency,
  ]);
  try {
    // Warm-up: JIT, sockets, the simulator's caches.
    for (let run = 0; run < warmUps; run += 1) {
      await listLikeDoctl(simulator);
      await listWithPanel(simulator);
    }
    const doctl: Run[] = [];
    const panel: Run[] = [];
    for (let run = 0; run < runs; run += 1) {
      doctl.push(await listLikeDoctl(simulator));
      panel.push(await listWithPanel(simulator));
    }
    const a = summarize(doctl.map((run) => run.ms));
    const b = summarize(panel.map((run) => run.ms));
    const paired = summarize(panel.map((run, index) => run.ms / (doctl[index]?.ms ?? Number.NaN)));
    const requests = (list: readonly Run[]): string => [...new Set(list.map((run) => run.requests))].join('/');
    const load = loadavg()[0] ?? Number.NaN;
    return [
      `do-client: list ${droplets.toLocaleString('en')} Droplets at ${latency} ms latency, ${runs} interleaved runs each after a warm-up ` +
        `(load ${load.toFixed(1)} on ${availableParallelism()} cores):`,
      `  (a) doctl-style (200 per page, page 1 then ${doctlPagesInFlight} in flight): ${requests(doctl)} requests, ` +
        `median ${ms(a.median)} (${ms(a.min)}–${ms(a.max)})`,
      `  (b) the panel's listAll (pages in flight from the budget): ${requests(panel)} requests, ` +
        `median ${ms(b.median)} (${ms(b.min)}–${ms(b.max)})`,
      `  ratio b/a ${(b.median / a.median).toFixed(2)}× (target: at most ${target.toFixed(2)}× doctl); ` +
        `pair by pair: median ${paired.median.toFixed(2)}× (${paired.min.toFixed(2)}–${paired.max.toFixed(2)})`,
    ];
  } finally {
    await simulator.stop();
  }
};

const atRealLimits = async (): Promise<string> => {
  const simulator = await startSimulatorProcess(['--seed', `large:${droplets}`, '--token', token, '--rate-limit', '5000/250', '--latency', latency]);
  try {
    const { client, counts } = panelClient(simulator);
    const started = performance.now();
    const [regular, gpus] = await Promise.all([client.droplets.listAll(), client.droplets.listAll({ type: 'gpus' })]);
    const elapsed = performance.now() - started;
    if (regular.length + gpus.length < droplets) throw new Error(`the panel's client listed ${regular.length + gpus.length} Droplets at the real limits`);
    return (
      `do-client: the Droplets screen's list (regular + GPU) at the real limits (5,000/hour, 250/minute): ` +
      `${counts.requests} requests (floor ${Math.ceil(droplets / perPage) + 1}), ${counts.tooMany} × 429 (target: 0), ${ms(elapsed)}`
    );
  } finally {
    await simulator.stop();
  }
};

export const benchDoClient = async (): Promise<string[]> => [...(await sideBySide()), await atRealLimits()];
