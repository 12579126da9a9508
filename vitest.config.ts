import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Unit tests sit beside the code: Node for the main side, jsdom for the renderer. */
export default defineConfig({
  plugins: [react()],
  test: {
    // The JSON report is what `npm test` counts for its closing total.
    reporters: ['default', 'json'],
    outputFile: { json: path.join(process.env.PANEL_TEST_REPORTS ?? 'test-results/reports', 'vitest.json') },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'simulator/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/test-setup.ts'],
        },
      },
    ],
  },
});
