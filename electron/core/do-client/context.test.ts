import { expect, test } from 'vitest';
import { path } from './context';

test('path parameters are encoded, so a name cannot reach another path', () => {
  expect(path`/v2/tags/${'env:prod'}/resources`).toBe('/v2/tags/env%3Aprod/resources');
  expect(path`/v2/tags/${'../droplets'}`).toBe('/v2/tags/..%2Fdroplets');
  expect(path`/v2/droplets/${42}/actions/${7}`).toBe('/v2/droplets/42/actions/7');
});
