import { describe, expect, it } from 'vitest';
import { measureSettles, measureSnapshotSettles } from './settles.bench';

describe('actions settling on a 2,500-droplet account, within DigitalOcean’s 250 requests a minute', () => {
  it('20 reboots cost one request per droplet and no list page', async () => {
    const figures = await measureSettles();
    expect(figures.settled).toBe(20);
    expect(figures.byId).toBe(20);
    expect(figures.listPages).toBe(0);
    expect(figures.rateLimited).toBe(0);
    expect(figures.requests).toBeLessThanOrEqual(60);
  }, 60_000);

  it('35 of 100 running snapshots settling cost one request per droplet and per new image, no list page', async () => {
    const figures = await measureSnapshotSettles();
    expect(figures.settled).toBe(35);
    expect(figures.byId).toBe(35);
    // The new snapshots join the cached image list by id, found in the droplets' own answers.
    expect(figures.imageReads).toBe(35);
    expect(figures.listPages).toBe(0);
    expect(figures.rateLimited).toBe(0);
    expect(figures.requests).toBeLessThanOrEqual(120);
  }, 60_000);
});
