import { createDoClient } from '../electron/core/do-client';
import { createLogger } from '../electron/core/log';
import { ms, summarize } from './support/stats';
import { startSimulatorProcess } from './support/simulator-process';

/**
 * The API client listing every Droplet of a 10,000-Droplet account, with 50 ms added to every answer
 * (a realistic round trip to the API): requests sent and wall time. 200 per page makes 50 requests the
 * floor; with 4 pages in flight the target is under 1 s. One sequential run shows what the concurrency buys.
 * Every request goes to the simulator on 127.0.0.1; the runs are bounded by count.
 */

const token = 'bench-token';
const droplets = 10_000;
const runs = 3;

export const benchDoClient = async (): Promise<string[]> => {
  const simulator = await startSimulatorProcess([
    '--seed', `large:${droplets}`, '--token', token, '--rate-limit', '100000000/100000000', '--latency', '50',
  ]);
  try {
    let requests = 0;
    const countingFetch: typeof fetch = (input, init) => {
      requests += 1;
      return fetch(input, init);
    };
    const listAll = async (pageConcurrency: number): Promise<{ requests: number; ms: number }> => {
      const client = createDoClient({
        baseUrl: simulator.url,
        token: () => token,
        fetch: countingFetch,
        log: createLogger('bench', { level: 'warn' }),
        pageConcurrency,
      });
      requests = 0;
      const started = performance.now();
      const all = await client.droplets.listAll();
      const elapsed = performance.now() - started;
      if (all.length !== droplets) throw new Error(`listed ${all.length} Droplets, not ${droplets}`);
      return { requests, ms: elapsed };
    };

    await listAll(4); // warm-up: JIT, sockets, the simulator's caches
    const concurrent: { requests: number; ms: number }[] = [];
    for (let run = 0; run < runs; run += 1) concurrent.push(await listAll(4));
    const sequential = await listAll(1);
    const times = summarize(concurrent.map((run) => run.ms));

    return [
      `do-client: listAll of ${droplets.toLocaleString('en')} Droplets at 50 ms latency, 4 pages in flight: ` +
        `${concurrent[0]?.requests} requests (floor 50), median ${ms(times.median)} over ${runs} runs, max ${ms(times.max)} (target: under 1 s)`,
      `do-client: the same, one page at a time: ${sequential.requests} requests, ${ms(sequential.ms)}`,
    ];
  } finally {
    await simulator.stop();
  }
};
