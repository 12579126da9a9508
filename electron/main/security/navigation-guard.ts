import type { WebContents } from 'electron';
import type { Logger } from '../../core/log';
import { originOf } from '../url-origin';

/**
 * Keeps every webContents on the page it was given: the UI routes in-page (history API), so any
 * real navigation or server redirect is either a stray link or an attack and is cancelled.
 */
export const guardNavigation = (contents: WebContents, log: Logger): void => {
  // Only the origin is logged: a query string may carry secrets the redactor does not know.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log.warn(`blocked navigation to ${originOf(url) ?? 'an unparseable URL'}`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log.warn(`blocked redirect to ${originOf(url) ?? 'an unparseable URL'}`);
  });
};
