import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinaryStatus } from '../scripts/electron-binary.mjs';
import { operationNames } from '../shared/contract';

const binary = electronBinaryStatus();
const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

test.describe('desktop app', () => {
  test.skip(!binary.ok, 'the Electron binary is not installed here (Electron downloads it on first use, which needs internet)');
  test.skip(headlessLinux, 'no display to open an Electron window on (DISPLAY and WAYLAND_DISPLAY are unset)');

  test('opens the sandboxed panel from app:// with only the contract exposed', async () => {
    if (!binary.ok) return;
    // Chromium's sandbox refuses to start as root; CI containers run as root.
    const args = process.getuid?.() === 0 ? ['.', '--no-sandbox'] : ['.'];
    const app = await electron.launch({ executablePath: binary.path, args });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toMatch(/^app:\/\/panel\//);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

      const exposed = await page.evaluate(() => {
        const scope = globalThis as unknown as Record<string, unknown>;
        return {
          require: typeof scope.require,
          process: typeof scope.process,
          panel: Object.keys((scope.doPanel as object) ?? {}).sort(),
        };
      });
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        panel: [...operationNames, 'on'].sort(),
      });

      const info = await page.evaluate(async () => {
        const api = (globalThis as unknown as { doPanel: { 'app.info': (r: object) => Promise<unknown> } }).doPanel;
        return api['app.info']({});
      });
      expect(info).toMatchObject({ ok: true, value: { runtime: 'desktop' } });

      const opened = await page.evaluate(
        () => (globalThis as unknown as { open: (url: string) => unknown }).open('https://example.com') === null,
      );
      expect(opened).toBe(true);
    } finally {
      await app.close();
    }
  });
});
