/** The real API; `DIGITALOCEAN_API_URL` points the panel elsewhere (the simulator, a proxy). */
export const defaultApiBaseUrl = 'https://api.digitalocean.com';

export const apiBaseUrl = (env: Readonly<Record<string, string | undefined>>): string => {
  const configured = env.DIGITALOCEAN_API_URL?.trim();
  if (!configured) return defaultApiBaseUrl;
  const url = new URL(configured);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`DIGITALOCEAN_API_URL must be an http(s) URL, not ${url.protocol}`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
};
