import { test as base, expect } from '@playwright/test';
import { startPanelServer, type PanelServer } from './support/panel-server';

/** Journeys share one browser-mode server per worker; each test gets its own browser context. */
export const test = base.extend<{ consoleProblems: string[] }, { panel: PanelServer }>({
  panel: [
    // Playwright reads a fixture's dependencies from this pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startPanelServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  // Every journey fails on a CSP violation or an uncaught error in the page.
  consoleProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await use(problems);
    expect(problems, 'console errors in the page').toEqual([]);
  },
});

export { expect };
