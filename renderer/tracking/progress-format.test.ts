import { describe, expect, it } from 'vitest';
import { formatMemory } from '../features/droplets/droplet-format';
import { sampleTrackedSnapshot } from '../testing/droplet-samples';
import { formatDuration, progressText } from './progress-format';

describe('progress and size formatting', () => {
  it('never shows 100 % before DigitalOcean says the action is done', () => {
    const almost = { ...sampleTrackedSnapshot, progress: { kind: 'estimate' as const, fraction: 0.999, etaMs: 20_000, expectedMs: 300_000, basis: 'learned' as const } };
    expect(progressText(almost)).toBe('Snapshot · less than a minute left');
  });

  it('writes durations and memory the way people read them', () => {
    expect(formatDuration(12_000)).toBe('12 s');
    expect(formatDuration(65_000)).toBe('1 min 5 s');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
    expect(formatMemory(512)).toBe('512 MB');
    expect(formatMemory(16_384)).toBe('16 GB');
  });
});
