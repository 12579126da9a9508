import { describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../shared/contract';
import type { Priority } from '../../shared/call-priority';
import { createDispatch, type Handlers } from './dispatch';
import { effectivePriority } from './do-client/priority-scope';
import { AppError } from './errors';
import { createLogger, type LogSink } from './log';

const info = {
  name: 'Panel',
  version: '1.0.0',
  runtime: 'browser' as const,
  platform: 'linux',
  versions: { node: '20' },
  apiBaseUrl: 'https://api.digitalocean.com',
};

const setup = (overrides: Partial<Handlers> = {}) => {
  const lines: string[] = [];
  const sink: LogSink = (_level, line) => lines.push(line);
  // Only app.info and accounts.current answer here; any other handler would fail the test if reached.
  const handlers = Object.fromEntries(
    operationNames.map((name) => [name, vi.fn(async () => Promise.reject(new Error(`${name} is not used in this test`)))]),
  ) as unknown as Handlers;
  Object.assign(handlers, {
    'app.info': vi.fn(async () => info),
    'accounts.current': vi.fn(async () => ({ state: 'none' as const, environmentTokenAvailable: false })),
    ...overrides,
  });
  return { dispatch: createDispatch(handlers, createLogger('dispatch', { sink })), handlers, lines };
};

describe('dispatch', () => {
  it('runs the handler of a valid call and wraps its value', async () => {
    const { dispatch } = setup();
    await expect(dispatch('app.info', {})).resolves.toEqual({ ok: true, value: info });
  });

  it('treats a missing request as an empty one', async () => {
    const { dispatch } = setup();
    await expect(dispatch('app.info', undefined)).resolves.toMatchObject({ ok: true });
  });

  it('refuses unknown operations, including prototype names, without running anything', async () => {
    const { dispatch, handlers } = setup();
    for (const name of ['app.unknown', 'constructor', '__proto__', 42, null]) {
      const result = await dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation', message: 'Unknown operation.' } });
    }
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });

  it('answers a malformed request with a validation error naming the field', async () => {
    const { dispatch, handlers } = setup();
    const result = await dispatch('app.info', { sneaky: 'value' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('validation');
    expect(result.error.issues?.[0]?.message).toMatch(/unrecognized key/i);
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });

  it('passes deliberate errors through with their kind, status and request id', async () => {
    const { dispatch } = setup({
      'accounts.current': async () => {
        throw AppError.of('unauthorized', 'Unable to authenticate you', { status: 401, requestId: 'req-1' });
      },
    });
    await expect(dispatch('accounts.current', {})).resolves.toEqual({
      ok: false,
      error: { kind: 'unauthorized', message: 'Unable to authenticate you', status: 401, requestId: 'req-1' },
    });
  });

  it('hides the text of unexpected errors from the renderer but logs it redacted', async () => {
    const token = `dop_v1_${'a'.repeat(64)}`;
    const { dispatch, lines } = setup({
      'app.info': async () => {
        throw new Error(`request with ${token} failed at /home/user/secret`);
      },
    });
    const result = await dispatch('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/home/user');
    expect(lines.join('\n')).toContain('app.info failed');
    expect(lines.join('\n')).not.toContain(token);
  });

  it('runs a call the renderer marked visible with every request it makes lowered to visible, and no other', async () => {
    const seen: Priority[] = [];
    const { dispatch } = setup({
      'app.info': async () => {
        seen.push(effectivePriority(undefined), effectivePriority('user'), effectivePriority('background'));
        return info;
      },
    });
    await expect(dispatch('app.info', {}, { priority: 'visible' })).resolves.toMatchObject({ ok: true });
    expect(seen).toEqual(['visible', 'visible', 'background']);
    seen.length = 0;
    await expect(dispatch('app.info', {})).resolves.toMatchObject({ ok: true });
    expect(seen).toEqual(['user', 'user', 'background']);
  });

  it('refuses call options that would raise a priority or say anything else, without running the handler', async () => {
    const { dispatch, handlers } = setup();
    for (const options of [{ priority: 'user' }, { priority: 'urgent' }, { priority: 'visible', extra: true }, 'visible', 7]) {
      const result = await dispatch('app.info', {}, options);
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation', message: 'The options for app.info are not valid.' } });
    }
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });
});
