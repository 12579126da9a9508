import { describe, expect, test } from 'vitest';
import type { Exchange } from '../server';
import { loadSpecValidator } from './spec-validator';

const loaded = loadSpecValidator();
const rate = { 'ratelimit-limit': '5000', 'ratelimit-remaining': '4999', 'ratelimit-reset': '1748856600' };
const exchange = (partial: Partial<Exchange>): Exchange => ({
  method: 'GET',
  route: '/v2/account',
  pathname: '/v2/account',
  search: '',
  status: 200,
  headers: { ...rate, 'content-type': 'application/json; charset=utf-8' },
  body: {},
  ...partial,
});

describe.skipIf(!loaded.ok)('the spec validator catches what is wrong', () => {
  const check = (partial: Partial<Exchange>): string[] => (loaded.ok ? loaded.validator.check(exchange(partial)) : []);

  test('a missing required field, a wrong type, a bad enum value', () => {
    expect(check({ body: { account: { email: 'a@b.c' } } }).join()).toMatch(/required/);
    expect(check({ route: '/v2/droplets/{droplet_id}', body: { droplet: { id: 'x' } } }).join()).toMatch(/must be integer/);
    expect(check({ route: '/v2/actions/{action_id}', body: { action: { status: 'done' } } }).join()).toMatch(/allowed values/);
  });

  test('missing rate-limit headers and error ids that do not name the status', () => {
    expect(check({ headers: {}, body: { account: {} } }).join()).toMatch(/ratelimit-limit/);
    expect(check({ status: 404, route: '/v2/droplets/{droplet_id}', body: { id: 'oops', message: 'x' } }).join()).toMatch(/does not name status 404/);
  });

  test('a body where the spec declares none, and operations it does not have', () => {
    expect(check({ method: 'DELETE', route: '/v2/droplets/{droplet_id}', status: 204, body: { gone: true } })).not.toEqual([]);
    expect(check({ method: 'PATCH', route: '/v2/droplets' }).join()).toMatch(/not an operation/);
  });

  test('image actions must be wrapped, and valid inside (FACTS.md §3)', () => {
    const route = '/v2/images/{image_id}/actions';
    expect(check({ method: 'POST', route, status: 201, body: { id: 1, status: 'completed' } }).join()).toMatch(/without an action key/);
    expect(check({ method: 'POST', route, status: 201, body: { action: { id: 'one' } } }).join()).toMatch(/action: .*integer/);
    expect(check({ method: 'POST', route, status: 201, body: { action: { id: 1, status: 'in-progress' } } })).toEqual([]);
  });

  test('tag names are checked with the spec pattern, despite its escape (FACTS.md §11.1)', () => {
    expect(check({ route: '/v2/tags/{tag_id}', body: { tag: { name: 'env:prod' } } })).toEqual([]);
    expect(check({ route: '/v2/tags/{tag_id}', body: { tag: { name: 'bad name' } } }).join()).toMatch(/pattern/);
  });
});

test('without the spec, loading says why, so the conformance test can skip with that reason', () => {
  expect(loadSpecValidator('/nowhere/do-openapi.yaml')).toEqual({ ok: false, reason: 'the official spec is not at /nowhere/do-openapi.yaml' });
});
