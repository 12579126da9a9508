import type { Handlers } from '../dispatch';

/**
 * Until accounts exist (keychain vault, demo account), the only thing the main side can tell is
 * whether the environment offers a token; the token itself is never read here.
 */
export const accountStatusHandler =
  (env: Readonly<Record<string, string | undefined>>): Handlers['account.status'] =>
  async () => ({
    state: 'none',
    environmentTokenAvailable: Boolean(env.DIGITALOCEAN_ACCESS_TOKEN?.trim()),
  });
