import path from 'node:path';
import { nativeImage, type NativeImage } from 'electron';
import type { Logger } from '../core/log';

export interface TrayIconLocation {
  isPackaged: boolean;
  /** `process.resourcesPath`: where electron-builder's `extraResources` land. */
  resourcesPath: string;
  /** The folder of the built main.js (dist-electron/). */
  bundleDir: string;
}

/**
 * Where the tray's PNGs are: copied to `resources/tray` by electron-builder.yml's `extraResources`
 * in a packaged app (outside the asar, plain files), read from build/tray/ in the source tree otherwise.
 */
export const trayIconDir = ({ isPackaged, resourcesPath, bundleDir }: TrayIconLocation): string =>
  isPackaged ? path.join(resourcesPath, 'tray') : path.join(bundleDir, '..', 'build', 'tray');

/** macOS tints a template image to suit the menu bar; elsewhere the icon keeps its colour. */
export const trayIconFile = (platform: NodeJS.Platform): string => (platform === 'darwin' ? 'tray-template.png' : 'tray-color.png');

/** Loads the tray icon for this platform; its `@2x` file beside it serves HiDPI screens. */
export const loadTrayIcon = (dir: string, platform: NodeJS.Platform, log: Logger): NativeImage => {
  const file = path.join(dir, trayIconFile(platform));
  const image = nativeImage.createFromPath(file);
  // An empty image still makes a tray, an invisible one: worth a line in the log.
  if (image.isEmpty()) log.warn(`no tray icon could be read from ${file}`);
  if (platform === 'darwin') image.setTemplateImage(true);
  return image;
};
