import { afterEach, describe, expect, it } from 'vitest';
import { startDemoApi, type DemoApi } from './demo-api';
import { createLogger } from './log';

let demo: DemoApi | undefined;

afterEach(async () => {
  await demo?.close();
  demo = undefined;
});

describe('startDemoApi', () => {
  it('serves the demo account on loopback to its token only', async () => {
    const lines: string[] = [];
    demo = await startDemoApi(createLogger('demo', { sink: (_level, line) => lines.push(line) }));
    expect(demo.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const account = await fetch(`${demo.baseUrl}/v2/account`, { headers: { Authorization: `Bearer ${demo.token}` } });
    expect(account.status).toBe(200);
    const body = (await account.json()) as { account: { email: string; droplet_limit: number } };
    expect(body.account.droplet_limit).toBeGreaterThan(0);

    const stranger = await fetch(`${demo.baseUrl}/v2/account`, { headers: { Authorization: 'Bearer nope' } });
    expect(stranger.status).toBe(401);
    // The log says where the demo runs but never its token.
    expect(lines.join('\n')).toContain(demo.baseUrl);
    expect(lines.join('\n')).not.toContain(demo.token);
  });

  it('stops listening when closed', async () => {
    demo = await startDemoApi(createLogger('demo', { sink: () => undefined }));
    const { baseUrl } = demo;
    await demo.close();
    demo = undefined;
    await expect(fetch(`${baseUrl}/v2/account`)).rejects.toThrow();
  });
});
