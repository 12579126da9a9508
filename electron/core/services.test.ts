import { describe, expect, it } from 'vitest';
import { createLogger } from './log';
import { createCore } from './services';

const build = (env: Record<string, string | undefined>) =>
  createCore({
    runtime: 'browser',
    name: 'DigitalOcean Panel',
    version: '0.1.0',
    env,
    versions: { node: '20.0.0' },
    platform: 'linux',
    log: createLogger('test', { sink: () => undefined }),
  });

describe('createCore', () => {
  it('answers app.info with the runtime and the API it talks to', async () => {
    const core = build({ DIGITALOCEAN_API_URL: 'http://127.0.0.1:9999' });
    await expect(core.dispatch('app.info', {})).resolves.toEqual({
      ok: true,
      value: {
        name: 'DigitalOcean Panel',
        version: '0.1.0',
        runtime: 'browser',
        platform: 'linux',
        versions: { node: '20.0.0' },
        apiBaseUrl: 'http://127.0.0.1:9999',
      },
    });
  });

  it('reports whether the environment offers a token, never the token', async () => {
    const token = `dop_v1_${'e'.repeat(64)}`;
    const withToken = await build({ DIGITALOCEAN_ACCESS_TOKEN: token }).dispatch('account.status', {});
    expect(withToken).toEqual({ ok: true, value: { state: 'none', environmentTokenAvailable: true } });
    expect(JSON.stringify(withToken)).not.toContain(token);
    const without = await build({}).dispatch('account.status', {});
    expect(without).toEqual({ ok: true, value: { state: 'none', environmentTokenAvailable: false } });
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const core = build({});
    const seen: unknown[] = [];
    const unsubscribe = core.events.subscribe((event, payload) => seen.push([event, payload]));
    core.events.emit('app.navigate', { area: 'settings' });
    unsubscribe();
    core.events.emit('app.navigate', { area: 'droplets' });
    expect(seen).toEqual([['app.navigate', { area: 'settings' }]]);
  });
});
