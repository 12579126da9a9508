import path from 'node:path';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** Tests that need a real system service; each has its own project and npm script. */
const integrationTests = '**/*.integration.test.ts';

/**
 * The real-keychain tests write to a Secret Service, so they exist only inside the private one that
 * scripts/with-secret-service.sh starts (`npm run test:keychain`): a plain `vitest run` never sees them.
 */
const keychainProject: TestProjectInlineConfiguration[] =
  process.env.PANEL_SECRET_SERVICE === 'private'
    ? [{ extends: true, test: { name: 'keychain', environment: 'node', include: [`electron/${integrationTests}`] } }]
    : [];

/** Unit tests sit beside the code: Node for the main side, jsdom for the renderer. */
export default defineConfig({
  plugins: [react()],
  test: {
    // The JSON report is what `npm test` counts for its closing total; each run names its own file.
    reporters: ['default', 'json'],
    outputFile: {
      json: path.join(process.env.PANEL_TEST_REPORTS ?? 'test-results/reports', process.env.PANEL_VITEST_REPORT ?? 'vitest.json'),
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'simulator/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [...configDefaults.exclude, integrationTests],
          // Main-side tests run the real core against the simulator on its virtual clock: nothing waits on
          // time, but on a shared 2-core machine a test doing hundreds of requests can take over 5 s of CPU.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          // Longer than the 5 s a lookup may wait (renderer/test-setup.ts), so a slow render fails as a lookup that says what it missed.
          testTimeout: 20_000,
          setupFiles: ['renderer/test-setup.ts'],
        },
      },
      ...keychainProject,
    ],
  },
});
