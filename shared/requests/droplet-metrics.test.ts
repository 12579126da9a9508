import { describe, expect, it } from 'vitest';
import { dropletMetricsSchema, maxMetricsSpanSeconds } from './droplet-metrics';

const window = { id: 7, start: 1_750_000_000, end: 1_750_003_600 };
const messages = (request: Record<string, unknown>): string =>
  dropletMetricsSchema
    .safeParse(request)
    .error?.issues.map((issue) => issue.message)
    .join(' ') ?? '';

describe('droplet metrics requests', () => {
  it.each([
    { ...window, metric: 'cpu' },
    { ...window, metric: 'memory_total' },
    { ...window, metric: 'load_15' },
    { ...window, metric: 'bandwidth', interface: 'public', direction: 'outbound' },
    { ...window, end: window.start + maxMetricsSpanSeconds, metric: 'filesystem_free' },
  ])('accepts %j', (request) => {
    expect(dropletMetricsSchema.safeParse(request).success).toBe(true);
  });

  it.each([
    [{ ...window, metric: 'bandwidth' }, /expected one of/],
    [{ ...window, metric: 'cpu', interface: 'public' }, /Unrecognized key/],
    [{ ...window, metric: 'disk_io' }, /Expected 'bandwidth' \| 'cpu'/],
    [{ ...window, metric: 'cpu', end: window.start }, /end of the window must come after its start/],
    [{ ...window, metric: 'cpu', start: window.end, end: window.start }, /after its start/],
    [{ ...window, metric: 'cpu', end: window.start + maxMetricsSpanSeconds + 1 }, /at most 31 days/],
    [{ ...window, metric: 'cpu', start: 1.5 }, /expected int/],
  ])('refuses %j with a reason', (request, reason) => {
    expect(messages(request)).toMatch(reason);
  });
});
