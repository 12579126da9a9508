import { Agent, request } from 'node:http';
import { ms, summarize } from './support/stats';
import { startSimulatorProcess } from './support/simulator-process';

/**
 * The simulator's own speed, served from its own process on one core:
 * - the median latency of one 200-droplet page on a 10,000-droplet account (target: under 20 ms);
 * - requests per second with several requests in flight.
 * Every request goes to 127.0.0.1 only; both loops are bounded by count.
 */

const token = 'bench-token';
const sequentialRequests = 200;
const throughputRequests = 2_000;
const inFlight = 8;
const agent = new Agent({ keepAlive: true, maxSockets: inFlight });

const get = (url: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { agent, headers: { Authorization: `Bearer ${token}` } }, (response) => {
      response.resume();
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`GET ${url} answered ${response.statusCode}`));
        else resolve(performance.now() - started);
      });
    });
    req.on('error', reject);
    req.end();
  });

export const benchSimulator = async (): Promise<string[]> => {
  const simulator = await startSimulatorProcess(['--seed', 'large:10000', '--token', token, '--rate-limit', '100000000/100000000']);
  try {
    const page = (n: number) => `${simulator.url}/v2/droplets?per_page=200&page=${(n % 50) + 1}`;
    for (let n = 0; n < 20; n += 1) await get(page(n)); // warm-up: JIT, sockets

    const latencies: number[] = [];
    for (let n = 0; n < sequentialRequests; n += 1) latencies.push(await get(page(n)));
    const pageTimes = summarize(latencies);

    let next = 0;
    const started = performance.now();
    const worker = async (): Promise<void> => {
      while (next < throughputRequests) {
        next += 1;
        await get(`${simulator.url}/v2/droplets?per_page=20&page=${(next % 500) + 1}`);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    const seconds = (performance.now() - started) / 1000;

    return [
      `simulator: GET /v2/droplets?per_page=200 on large:10000, ${pageTimes.count} sequential requests: median ${ms(pageTimes.median)}, p95 ${ms(pageTimes.p95)} (target: median under 20 ms)`,
      `simulator: ${throughputRequests} list requests (per_page=20), ${inFlight} in flight: ${(throughputRequests / seconds).toFixed(0)} requests/s on one core`,
    ];
  } finally {
    agent.destroy();
    await simulator.stop();
  }
};
