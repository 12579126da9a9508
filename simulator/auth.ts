/**
 * Bearer-token authentication. Accepted tokens are configuration; read-only tokens (like DigitalOcean's
 * read scope) may read everything and are refused any write with 403.
 */
export interface TokenConfig {
  readonly tokens: readonly string[];
  readonly readOnlyTokens?: readonly string[];
}

export interface Caller {
  readonly token: string;
  readonly readOnly: boolean;
}

/** A made-up token in DigitalOcean's format, so the product's redaction applies to it like to a real one. */
export const DEMO_TOKEN = `dop_v1_${'5e1ec7ed'.repeat(8)}`;

export const createAuthenticator = (config: TokenConfig): ((authorization: string | undefined) => Caller | undefined) => {
  const full = new Set(config.tokens);
  const readOnly = new Set(config.readOnlyTokens ?? []);
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const token = match?.[1];
    if (!token) return undefined;
    if (full.has(token)) return { token, readOnly: false };
    if (readOnly.has(token)) return { token, readOnly: true };
    return undefined;
  };
};
