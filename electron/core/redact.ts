/** DigitalOcean personal, OAuth and refresh tokens. */
const doTokenPattern = /\bdo[por]_v1_[A-Za-z0-9]+/g;
/** `Authorization: Bearer …` in header dumps, and bearer values in JSON. */
const authorizationPattern = /(authorization["']?\s*[:=]\s*["']?)(bearer\s+)?[^\s"',}]+/gi;
const bearerPattern = /\bbearer\s+[A-Za-z0-9._~+/=-]+/gi;

/** Removes every secret this app knows the shape of from a piece of text. */
export const redact = (text: string): string =>
  text
    .replace(doTokenPattern, (token) => `${token.slice(0, 7)}[redacted]`)
    .replace(authorizationPattern, (_match, prefix: string) => `${prefix}[redacted]`)
    .replace(bearerPattern, 'Bearer [redacted]');
