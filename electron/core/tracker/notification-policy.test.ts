import { describe, expect, it } from 'vitest';
import { defaultNotificationPreferences, type ActionSettled, type NotificationPreferences } from '../../../shared/action-types';
import { createMemorySettingsStore } from '../settings-store';
import {
  decideBatchNotification,
  decideNotification,
  NOTIFICATION_PREFERENCES_KEY,
  parseNotificationPreferences,
  readNotificationPreferences,
  saveNotificationPreferences,
} from './notification-policy';

const settled = (overrides: Partial<ActionSettled> = {}, type = 'snapshot'): ActionSettled => {
  const resource = overrides.resource ?? { type: 'droplet' as const, id: 42, name: 'web-01' };
  const outcome = overrides.outcome ?? 'completed';
  return {
    outcome,
    durationMs: 185_000,
    resource,
    startedByUser: true,
    ...overrides,
    action: {
      key: 'action:7',
      kind: 'action',
      id: 7,
      type,
      status: outcome,
      resource,
      startedAt: '2025-06-02T09:30:00Z',
      completedAt: '2025-06-02T09:33:05Z',
      startedByUser: overrides.startedByUser ?? true,
      elapsedMs: 185_000,
    },
  };
};

const all: NotificationPreferences = { mode: 'all', includeOthers: false };

describe('decideNotification', () => {
  it('names the action, the resource, the outcome and the duration, and leads to the resource', () => {
    expect(decideNotification(settled(), all)).toEqual({
      title: 'Snapshot completed',
      body: 'web-01: done in 3 min 5 s.',
      target: { area: 'droplets', resourceId: 42 },
    });
  });

  it('gives the error of a failed image import, and leads to images', () => {
    const failed = settled(
      { outcome: 'errored', durationMs: 45_000, resource: { type: 'image', id: 9, name: 'base.iso' }, errorMessage: 'Unsupported file type.' },
      'image_import',
    );
    expect(decideNotification(failed, all)).toEqual({
      title: 'Image import failed',
      body: 'base.iso: failed after 45 s. Unsupported file type.',
      target: { area: 'images', resourceId: 9 },
    });
  });

  it('says when DigitalOcean gave no reason', () => {
    expect(decideNotification(settled({ outcome: 'errored' }, 'resize'), all)?.body).toBe(
      'web-01: failed after 3 min 5 s. DigitalOcean gives no reason for a failed action.',
    );
  });

  it('follows the mode', () => {
    expect(decideNotification(settled(), { mode: 'errors', includeOthers: false })).toBeNull();
    expect(decideNotification(settled({ outcome: 'errored' }), { mode: 'errors', includeOthers: false })).not.toBeNull();
    expect(decideNotification(settled({ outcome: 'errored' }), { mode: 'never', includeOthers: true })).toBeNull();
  });

  it('leaves out actions started elsewhere unless asked', () => {
    expect(decideNotification(settled({ startedByUser: false }), all)).toBeNull();
    expect(decideNotification(settled({ startedByUser: false }), { mode: 'all', includeOthers: true })).not.toBeNull();
  });
});

describe('notification preferences', () => {
  it('default to every outcome, only for the user’s own actions', () => {
    expect(readNotificationPreferences(createMemorySettingsStore())).toEqual({ mode: 'all', includeOthers: false });
    expect(defaultNotificationPreferences).toEqual({ mode: 'all', includeOthers: false });
  });

  it('read invalid stored values as defaults, field by field', () => {
    expect(parseNotificationPreferences('loud')).toEqual(defaultNotificationPreferences);
    expect(parseNotificationPreferences({ mode: 'sometimes', includeOthers: true })).toEqual({ mode: 'all', includeOthers: true });
    expect(parseNotificationPreferences({ mode: 'errors', includeOthers: 'yes' })).toEqual({ mode: 'errors', includeOthers: false });
  });

  it('round-trip through the settings store', () => {
    const store = createMemorySettingsStore();
    saveNotificationPreferences(store, { mode: 'errors', includeOthers: true });
    expect(store.get(NOTIFICATION_PREFERENCES_KEY)).toEqual({ mode: 'errors', includeOthers: true });
    expect(readNotificationPreferences(store)).toEqual({ mode: 'errors', includeOthers: true });
  });
});

describe('decideBatchNotification', () => {
  const summary = (failed: number) => ({
    batch: 'w-1',
    type: 'reboot',
    resourceType: 'droplet' as const,
    completed: 10 - failed,
    failures: Array.from({ length: failed }, (_, index) => ({ resource: { type: 'droplet' as const, id: 100 + index, name: `web-0${index + 1}` } })),
  });

  it('keeps the members of a batch quiet on their own', () => {
    expect(decideNotification(settled({ batch: 'w-1' }), all)).toBeNull();
  });

  it('says how many completed and failed, names the failures, and leads to the first', () => {
    expect(decideBatchNotification(summary(2), all)).toEqual({
      title: 'Reboot: 8 completed, 2 failed',
      body: 'Failed: web-01, web-02.',
      target: { area: 'droplets', resourceId: 100 },
    });
    expect(decideBatchNotification(summary(0), all)).toEqual({ title: 'Reboot: 10 completed', body: 'All 10 finished.', target: { area: 'droplets' } });
  });

  it('follows the preferences: errors only tells a batch only when something failed, never tells nothing', () => {
    const errorsOnly: NotificationPreferences = { mode: 'errors', includeOthers: false };
    expect(decideBatchNotification(summary(0), errorsOnly)).toBeNull();
    expect(decideBatchNotification(summary(1), errorsOnly)?.title).toBe('Reboot: 9 completed, 1 failed');
    expect(decideBatchNotification(summary(1), { mode: 'never', includeOthers: true })).toBeNull();
  });
});
