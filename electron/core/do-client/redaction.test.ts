import { afterEach, expect, test } from 'vitest';
import { AppError } from '../errors';
import { rejection, startHarness, type Harness } from './test-harness';

let h: Harness;
afterEach(async () => {
  await h.close();
});

const hex = (seed: number): string => Array.from({ length: 64 }, (_, index) => ((index * 7 + seed) % 16).toString(16)).join('');

test('the token appears in no log line, error or rate-limit report, whatever happens', async () => {
  const token = `dop_v1_${hex(3)}`;
  const wrongToken = `dop_v1_${hex(11)}`;
  h = await startHarness({ token });
  const seen: string[] = [];
  const capture = async (promise: Promise<unknown>): Promise<void> => {
    const error = await rejection(promise);
    seen.push(String(error), (error as Error).stack ?? '', JSON.stringify(error instanceof AppError ? error.detail : error));
  };

  await h.client.account.get();
  await capture(h.client.droplets.get(999_999));
  await capture(h.client.tags.create('bad name'));
  h.sim.faults.failRequests({ method: 'GET', path: '/v2/regions', status: 503, count: 10 });
  await capture(h.client.regions.list());
  h.sim.faults.configure({ resetRate: 1 });
  await capture(h.client.sizes.list());
  h.sim.faults.configure({ resetRate: 0 });
  // 429s: a user read and a write give up (the budget is an hour away), a background read waits and retries.
  h.sim.faults.failRequests({ method: 'GET', path: '/v2/account', status: 429 });
  await capture(h.client.account.get());
  await capture(h.client.tags.create('later'));
  h.sim.faults.failRequests({ method: 'GET', path: '/v2/account', status: 429 });
  await h.client.account.get({ priority: 'background' });

  expect(h.rateLimited.length).toBeGreaterThan(0);
  expect(h.logs.length).toBeGreaterThan(10);
  const everything = [...h.logs, ...seen, JSON.stringify(h.rateLimited)].join('\n');
  for (const secret of [token, token.slice(7), 'Bearer', 'authorization']) expect(everything).not.toContain(secret);

  // A wrong token sent to the API does not come back in the 401 either.
  await h.close();
  h = await startHarness({ token, client: { token: () => wrongToken } });
  await capture(h.client.account.get());
  expect([...h.logs, ...seen].join('\n')).not.toContain(wrongToken.slice(7));
});
