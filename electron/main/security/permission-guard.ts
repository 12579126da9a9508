import type { Session } from 'electron';
import type { Logger } from '../../core/log';

/** Web permissions the UI uses: writing to the clipboard for its copy buttons. */
export const allowedPermissions: readonly string[] = ['clipboard-sanitized-write'];

/** Whether the UI may have a web permission. */
export const isAllowedPermission = (permission: string): boolean => allowedPermissions.includes(permission);

/**
 * Chromium grants some permissions unless the app says otherwise; here everything is refused but
 * the allowlist, both when a page asks and when it merely checks. Device access (HID, serial, USB)
 * is refused outright. Screen capture needs a display-media handler, and there is none.
 */
export const guardPermissions = (session: Session, log: Logger): void => {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    const allowed = isAllowedPermission(permission);
    if (!allowed) log.warn(`denied permission ${permission}`);
    callback(allowed);
  });
  session.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
  session.setDevicePermissionHandler(() => false);
};
