import { app } from 'electron';
import type { Logger } from '../../core/log';
import { guardWindowOpen } from './external-links';
import { guardNavigation } from './navigation-guard';
import { guardWebviews } from './webview-guard';

/**
 * Applies the per-page rules to every webContents the moment it exists, so no window, devtools
 * page or future view can be created without them.
 */
export const guardAllWebContents = (log: Logger): void => {
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, log);
    guardWindowOpen(contents, log);
    guardWebviews(contents, log);
  });
};
