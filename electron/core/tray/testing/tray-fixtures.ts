// Test only: tracked work as the tracker reports it, for the tray's tests.
import type { ActionProgress, ActionSettled, InFlightAction, TrackedResource } from '../../../../shared/action-types';

const web01: TrackedResource = { type: 'droplet', id: 42, name: 'web-01' };

/** A snapshot of web-01 in flight, 40% of the way through an expected 5 minutes. */
export const inFlightAction = (overrides: Partial<InFlightAction> = {}): InFlightAction => ({
  key: 'action:7',
  kind: 'action',
  id: 7,
  type: 'snapshot',
  status: 'in-progress',
  resource: web01,
  startedAt: '2025-06-02T09:30:00Z',
  startedByUser: true,
  elapsedMs: 120_000,
  progress: { kind: 'estimate', fraction: 0.4, etaMs: 180_000, expectedMs: 300_000, lowMs: 300_000, highMs: 300_000, basis: 'prior' },
  ...overrides,
});

/** Progress with no estimate behind it. */
export const indeterminate = (reason: Extract<ActionProgress, { kind: 'indeterminate' }>['reason'] = 'no-basis'): ActionProgress => ({
  kind: 'indeterminate',
  reason,
});

/** A snapshot of web-01 that completed (or errored) after 3 min 5 s. */
export const settledAction = ({
  id = 7,
  type = 'snapshot',
  outcome = 'completed',
  resource = web01,
  durationMs = 185_000,
}: { id?: number; type?: string; outcome?: ActionSettled['outcome']; resource?: TrackedResource; durationMs?: number } = {}): ActionSettled => ({
  outcome,
  durationMs,
  resource,
  startedByUser: true,
  action: {
    key: `action:${id}`,
    kind: 'action',
    id,
    type,
    status: outcome,
    resource,
    startedAt: '2025-06-02T09:30:00Z',
    completedAt: '2025-06-02T09:33:05Z',
    startedByUser: true,
    elapsedMs: durationMs,
  },
});
