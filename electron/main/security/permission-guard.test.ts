import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../core/log';
import { guardPermissions, isAllowedPermission } from './permission-guard';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

const guardedSession = () => {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => (handlers.device = handler),
  };
  guardPermissions(session as unknown as Session, createLogger('test', { sink: () => undefined }));
  return handlers;
};

const refused = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'display-capture', 'hid', 'unknown'];

describe('guardPermissions', () => {
  it.each(refused)('denies a request for %s', (permission) => {
    const callback = vi.fn();
    guardedSession().request?.({}, permission, callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('grants clipboard writes for the copy buttons', () => {
    const callback = vi.fn();
    guardedSession().request?.({}, 'clipboard-sanitized-write', callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('answers permission checks by the same rule', () => {
    const { check } = guardedSession();
    for (const permission of refused) expect(check?.({}, permission, 'app://panel', {})).toBe(false);
    expect(check?.({}, 'clipboard-sanitized-write', 'app://panel', {})).toBe(true);
  });

  it('refuses every device', () => {
    expect(guardedSession().device?.()).toBe(false);
  });
});

describe('isAllowedPermission', () => {
  it('allows nothing but clipboard writes', () => {
    expect(isAllowedPermission('clipboard-sanitized-write')).toBe(true);
    expect(isAllowedPermission('clipboard-read')).toBe(false);
  });
});
