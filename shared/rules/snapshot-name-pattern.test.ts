import { describe, expect, it } from 'vitest';
import { snapshotNameFor } from './snapshot-name-pattern';

describe('snapshot name patterns', () => {
  it('put the Droplet’s name wherever the pattern says, trimmed', () => {
    expect(snapshotNameFor('  before-upgrade-{droplet} ', 'web-1')).toBe('before-upgrade-web-1');
    expect(snapshotNameFor('{droplet}/{droplet}', 'db')).toBe('db/db');
    expect(snapshotNameFor('{{droplet}}', 'db')).toBe('{db}');
    expect(snapshotNameFor('nightly', 'db')).toBe('nightly');
  });
});
