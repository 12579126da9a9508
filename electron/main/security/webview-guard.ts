import type { WebContents } from 'electron';
import type { Logger } from '../../core/log';

/**
 * `webviewTag` is off, but a `<webview>` would bring its own webPreferences; refusing the attach
 * keeps that door shut even if the option is ever switched on.
 */
export const guardWebviews = (contents: WebContents, log: Logger): void => {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('blocked a webview');
  });
};
