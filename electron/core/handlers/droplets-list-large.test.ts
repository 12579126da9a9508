import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DropletRow } from '../../../shared/droplet-types';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';

const count = 1_500;
let harness: ObservedCore;

beforeAll(async () => {
  harness = await startObservedCore({ seed: `large:${count}` });
});

afterAll(() => harness.close());

describe('listing a large account', () => {
  it('returns every Droplet, every page, as rows small enough for 10,000 over IPC', async () => {
    const before = harness.exchanges.length;
    const rows = await harness.run<DropletRow[]>('droplets.list');
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((row) => row.id)).size).toBe(count);
    const pages = harness.exchanges.slice(before).filter((exchange) => exchange.pathname === '/v2/droplets');
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(count / 200));
    // About half a kilobyte a row: 10,000 Droplets make a few megabytes, not the wire list's tens.
    expect(JSON.stringify(rows).length / count).toBeLessThan(600);
  });

  it('names the Droplets it listed for the tracker, so an action on one asks DigitalOcean nothing more', async () => {
    const rows = await harness.run<DropletRow[]>('droplets.list', { tagName: 'web' });
    const target = rows.find((row) => row.status === 'active' && !row.locked) as DropletRow;
    const before = harness.exchanges.length;
    await harness.run('droplets.runAction', { id: target.id, action: { type: 'reboot' } });
    expect(harness.exchanges.slice(before).map((exchange) => `${exchange.method} ${exchange.route}`)).toEqual(['POST /v2/droplets/{droplet_id}/actions']);
  });
});
