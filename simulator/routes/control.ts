import type { Clock } from '../clock';
import { unprocessable } from '../errors';
import type { ActionFailureRule, Faults, RequestFailureRule, RequestHoldRule } from '../faults';
import type { Route, RouteRequest } from '../router';
import { bodyObject, noContent, ok } from './helpers';

/** The longest single step: a month of simulated time covers every action and import the simulator runs. */
const MAX_ADVANCE_SECONDS = 31 * 86_400;

const clockState = (clock: Clock) => ({ mode: clock.mode, now: new Date(clock.now()).toISOString(), pending: clock.pendingTimers() });

/** A rule's count over HTTP: a number of requests or actions, or `until-cleared` (JSON has no Infinity). */
const UNTIL_CLEARED = 'until-cleared';
const MAX_COUNT = 100_000;
const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'DELETE']);

type Field = (value: unknown) => unknown;

const isInteger = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Reads a body of known optional fields; anything else, or a field out of range, is a 422 that names it. */
const readFields = (request: RouteRequest, fields: Readonly<Record<string, Field>>): Record<string, unknown> => {
  const body = bodyObject(request);
  const read: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    const field = fields[name];
    if (!field) throw unprocessable(`Unknown field ${name}; known: ${Object.keys(fields).join(', ')}.`);
    if (value === undefined) continue;
    const parsed = field(value);
    if (parsed === undefined) throw unprocessable(`${name} is not valid.`);
    read[name] = parsed;
  }
  return read;
};

const count: Field = (value) => (value === UNTIL_CLEARED ? Number.POSITIVE_INFINITY : isInteger(value, 1, MAX_COUNT) ? value : undefined);
const flag: Field = (value) => (typeof value === 'boolean' ? value : undefined);

const requestRuleFields: Readonly<Record<string, Field>> = {
  path: (value) => (typeof value === 'string' && value.startsWith('/v2/') && value.length <= 300 ? value : undefined),
  method: (value) => (typeof value === 'string' && METHODS.has(value.toUpperCase()) ? value.toUpperCase() : undefined),
  status: (value) => (isInteger(value, 400, 599) ? value : undefined),
  reset: flag,
  afterEffect: flag,
  count,
  message: (value) => (typeof value === 'string' && value.length > 0 && value.length <= 500 ? value : undefined),
  retryAfterSeconds: (value) => (isInteger(value, 0, 3600) ? value : undefined),
};

const holdRuleFields: Readonly<Record<string, Field>> = {
  path: requestRuleFields['path'] as Field,
  method: requestRuleFields['method'] as Field,
  page: (value) => (isInteger(value, 1, MAX_COUNT) ? value : undefined),
};

const actionRuleFields: Readonly<Record<string, Field>> = {
  type: (value) => (typeof value === 'string' && /^[a-z_]{1,40}$/.test(value) ? value : undefined),
  resourceId: (value) => (isInteger(value, 1, Number.MAX_SAFE_INTEGER) ? value : undefined),
  count,
};

const countJson = (value: number): number | typeof UNTIL_CLEARED => (Number.isFinite(value) ? value : UNTIL_CLEARED);

/** What is armed, as JSON: a count of Infinity reads `until-cleared`. */
const faultState = (faults: Faults) => ({
  requests: faults
    .pendingRequestRules()
    .map(({ rule, left }) => ({ ...rule, ...(rule.count === undefined ? {} : { count: countJson(rule.count) }), left: countJson(left) })),
  random: faults.current(),
  holds: faults.holds(),
});

/**
 * Not DigitalOcean's: how a test in another process drives a virtual clock (`--clock virtual`) and
 * its faults. They sit under `/_simulator/`, a prefix the real API never uses and no fault touches,
 * and need the same bearer token as the rest.
 */
export const controlRoutes = (clock: Clock, faults: Faults): Route[] => {
  /** `POST /_simulator/faults/<kind>`: reads a rule of known fields (a 422 names any other), arms it, answers what is armed. */
  const armRule = (kind: string, fields: Readonly<Record<string, Field>>, arm: (rule: Record<string, unknown>) => void): Route => ({
    method: 'POST',
    path: `/_simulator/faults/${kind}`,
    handle: (request) => {
      arm(readFields(request, fields));
      return ok(faultState(faults));
    },
  });
  return [
    { method: 'GET', path: '/_simulator/clock', handle: () => ok(clockState(clock)) },
    {
      method: 'POST',
      path: '/_simulator/clock/advance',
      handle: (request) => {
        const { seconds } = bodyObject(request);
        if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_ADVANCE_SECONDS) {
          throw unprocessable(`seconds must be a number from 0 to ${MAX_ADVANCE_SECONDS}.`);
        }
        clock.advance(seconds);
        return ok(clockState(clock));
      },
    },
    {
      method: 'POST',
      path: '/_simulator/clock/run-until-idle',
      handle: () => {
        const seconds = clock.runUntilIdle();
        return ok({ ...clockState(clock), advanced: seconds });
      },
    },
    { method: 'GET', path: '/_simulator/faults', handle: () => ok(faultState(faults)) },
    armRule('requests', requestRuleFields, (rule) => faults.failRequests(rule as RequestFailureRule)),
    armRule('actions', actionRuleFields, (rule) => faults.failActions(rule as ActionFailureRule)),
    armRule('holds', holdRuleFields, (rule) => faults.hold(rule as RequestHoldRule)),
    {
      method: 'DELETE',
      path: '/_simulator/faults/holds',
      handle: () => ok({ released: faults.release() }),
    },
    {
      method: 'DELETE',
      path: '/_simulator/faults',
      handle: () => {
        faults.clear();
        return noContent();
      },
    },
  ];
};
