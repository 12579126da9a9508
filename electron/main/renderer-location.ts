import { appEntryUrl, appOrigin } from './app-scheme';
import { originOf } from './url-origin';

/** Where the window loads its UI from, and so the one origin allowed to call the main side. */
export interface RendererLocation {
  url: string;
  origin: string;
  /** Served by the Vite dev server: developer tools are on. */
  development: boolean;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The Vite dev server when vite-plugin-electron announces one, otherwise the packaged UI. A packaged
 * app never honours the variable, and only a loopback http server qualifies: whatever loads here is
 * handed the preload's API.
 */
export const rendererLocation = ({
  isPackaged,
  env,
}: {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}): RendererLocation => {
  const devServer = isPackaged ? undefined : env.VITE_DEV_SERVER_URL;
  if (devServer && URL.canParse(devServer)) {
    const url = new URL(devServer);
    const origin = originOf(devServer);
    if (url.protocol === 'http:' && loopbackHosts.has(url.hostname) && origin) {
      return { url: url.href, origin, development: true };
    }
  }
  return { url: appEntryUrl, origin: appOrigin, development: false };
};
