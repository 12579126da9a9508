import { expect, test } from 'vitest';
import { createRouter, type Route } from './router';

const route = (method: Route['method'], path: string): Route => ({ method, path, handle: () => ({ status: 200 }) });
const router = createRouter([
  route('GET', '/v2/droplets'),
  route('POST', '/v2/droplets'),
  route('GET', '/v2/droplets/{droplet_id}'),
  route('DELETE', '/v2/droplets/{droplet_id}'),
  route('POST', '/v2/droplets/actions'),
  route('GET', '/v2/tags/{tag_id}'),
]);

test('matches literal paths and captures parameters', () => {
  expect(router.resolve('GET', '/v2/droplets')).toMatchObject({ kind: 'found', params: {} });
  expect(router.resolve('DELETE', '/v2/droplets/42')).toMatchObject({ kind: 'found', params: { droplet_id: '42' } });
});

test('a literal segment wins over a parameter', () => {
  const resolution = router.resolve('POST', '/v2/droplets/actions');
  expect(resolution.kind === 'found' && resolution.route.path).toBe('/v2/droplets/actions');
  expect(router.resolve('GET', '/v2/droplets/actions')).toEqual({ kind: 'wrong-method', allowed: ['POST'] });
});

test('answers HEAD as GET and lists allowed methods for a wrong one', () => {
  expect(router.resolve('HEAD', '/v2/droplets/7')).toMatchObject({ kind: 'found' });
  expect(router.resolve('PATCH', '/v2/droplets/7')).toEqual({ kind: 'wrong-method', allowed: ['GET', 'DELETE', 'HEAD'] });
});

test('decodes parameters and rejects undecodable paths', () => {
  expect(router.resolve('GET', '/v2/tags/env%3Aprod')).toMatchObject({ params: { tag_id: 'env:prod' } });
  expect(router.resolve('GET', '/v2/tags/%E0%A4%A')).toEqual({ kind: 'not-found' });
  expect(router.resolve('GET', '/v2/nothing')).toEqual({ kind: 'not-found' });
});
