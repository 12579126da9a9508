import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const candidates = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/**
 * The system Chromium the journeys drive: `CHROMIUM_PATH` when set, else the first Chromium on the
 * PATH. Playwright's own browser download cannot run on machines without internet.
 */
export const findChromium = (): string | undefined => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of candidates) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
};

/** Flags that keep Chromium quiet on a closed network and runnable as root in CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
