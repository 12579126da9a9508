import { shell, type WebContents } from 'electron';
import type { Logger } from '../../core/log';

/** The only sites a link in the UI may open, always in the user's browser. */
export const externalOrigins: readonly string[] = [
  'https://cloud.digitalocean.com',
  'https://docs.digitalocean.com',
  'https://www.digitalocean.com',
  'https://status.digitalocean.com',
  'https://github.com',
];

/**
 * Whether a URL may be handed to the OS browser: https on an allowlisted origin, compared as a whole
 * origin so look-alikes (`cloud.digitalocean.com.evil.com`, `user@host`, other ports) never pass.
 */
export const isAllowedExternalUrl = (url: string): boolean => {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    externalOrigins.includes(parsed.origin)
  );
};

/**
 * The app never opens a second window: `window.open` and `target=_blank` links are refused, and
 * allowlisted ones are opened in the browser instead.
 */
export const guardWindowOpen = (contents: WebContents, log: Logger): void => {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => log.warn('could not open a link in the browser', error));
    } else {
      log.warn('refused to open a window for a URL outside the allowlist');
    }
    return { action: 'deny' };
  });
};
