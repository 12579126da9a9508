import open from 'open';
import type { Logger } from '../core/log';

/**
 * Opens the panel in the default browser. Failing to is not fatal (a headless machine, no desktop
 * session): the address is already printed for the user to open.
 */
export const openBrowser = async (url: string, log: Logger): Promise<void> => {
  try {
    await open(url);
  } catch (error) {
    // The error's text may repeat the address, key included; the terminal already shows it once.
    log.warn(`could not open a browser (${error instanceof Error ? error.name : 'unknown error'}); open the address above yourself`);
  }
};
