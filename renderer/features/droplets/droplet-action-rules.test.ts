import { describe, expect, it } from 'vitest';
import { defaultSnapshotName, snapshotEstimateMs, snapshotWhileTaken } from './droplet-action-rules';

describe('snapshots', () => {
  it('names a snapshot after the droplet and the local date', () => {
    expect(defaultSnapshotName('web-prod-01', new Date(2026, 0, 5, 23, 59))).toBe('web-prod-01-2026-01-05');
  });

  it('estimates 2 minutes per GB of disk', () => {
    expect(snapshotEstimateMs(80)).toBe(160 * 60_000);
  });

  it('says a running droplet keeps running and an off one stays off, and nothing when unsure', () => {
    expect(snapshotWhileTaken('active')).toMatch(/keeps running/);
    expect(snapshotWhileTaken('off')).toMatch(/is off and stays off/);
    expect(snapshotWhileTaken('off')).not.toMatch(/running/);
    expect(snapshotWhileTaken('new')).toBeNull();
    expect(snapshotWhileTaken(undefined)).toBeNull();
  });
});
