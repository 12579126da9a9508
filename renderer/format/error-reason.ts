import type { ErrorKind } from '../../shared/result';

/*
 * A failure's kind in the few words that fit in brackets after "Couldn't refresh": what the person
 * would tell a colleague. The full message (and request id) is shown beside it for support.
 */
const reasons: Record<ErrorKind, string> = {
  network: 'DigitalOcean unreachable',
  timeout: 'DigitalOcean did not answer in time',
  rate_limited: 'DigitalOcean is rate limiting this account',
  server: 'DigitalOcean had an error',
  unavailable: 'DigitalOcean is unavailable',
  unauthorized: 'DigitalOcean refused the token',
  forbidden: 'the token may not read this',
  not_found: 'DigitalOcean no longer has it',
  conflict: 'DigitalOcean refused: something else is running',
  validation: 'the request was not valid',
  internal: 'the panel had an error',
};

/** Why a request failed, in brackets-sized words. */
export const errorReason = (kind: ErrorKind): string => reasons[kind];
