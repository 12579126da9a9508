import { stat } from 'node:fs/promises';
import path from 'node:path';

/** Where the built renderer lives: `dist/` beside the `dist-electron/` this program is bundled into. */
export const builtUiRoot = (bundleDir: string): string => path.resolve(bundleDir, '..', 'dist');

/** Whether `npm run build` has produced the UI shell in `root`. */
export const hasBuiltUi = async (root: string): Promise<boolean> =>
  (await stat(path.join(root, 'index.html')).catch(() => null))?.isFile() ?? false;
