import { describe, expect, it } from 'vitest';
import { measureSettles } from './settles.bench';

describe('20 reboots settling on a 2,500-droplet account', () => {
  it('cost one request per droplet and no list page, well inside DigitalOcean’s 250 a minute', async () => {
    const figures = await measureSettles();
    expect(figures.settled).toBe(20);
    expect(figures.byId).toBe(20);
    expect(figures.listPages).toBe(0);
    expect(figures.rateLimited).toBe(0);
    expect(figures.requests).toBeLessThanOrEqual(60);
  }, 60_000);
});
