import { test } from '@playwright/test';

/**
 * Starts something once for the spec file that calls this at its top (beforeAll, allowing
 * `startTimeoutMs` when given) and stops it after the file's last test (afterAll). The returned
 * accessor gives the running thing, inside tests and hooks only.
 */
export const startedForFile = <T extends { stop(): Promise<void> }>(start: () => Promise<T>, { startTimeoutMs }: { startTimeoutMs?: number } = {}): (() => T) => {
  let current: T | undefined;

  test.beforeAll(async () => {
    if (startTimeoutMs !== undefined) test.setTimeout(startTimeoutMs);
    current = await start();
  });

  test.afterAll(async () => {
    await current?.stop();
    current = undefined;
  });

  return () => {
    if (!current) throw new Error('not running: use it inside a test or a hook');
    return current;
  };
};
