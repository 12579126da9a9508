import type { Clock } from '../clock';
import { unprocessable } from '../errors';
import type { Route } from '../router';
import { bodyObject, ok } from './helpers';

/** The longest single step: a month of simulated time covers every action and import the simulator runs. */
const MAX_ADVANCE_SECONDS = 31 * 86_400;

const clockState = (clock: Clock) => ({ mode: clock.mode, now: new Date(clock.now()).toISOString(), pending: clock.pendingTimers() });

/**
 * Not DigitalOcean's: how a test in another process drives a virtual clock (`--clock virtual`). They sit
 * under `/_simulator/`, a prefix the real API never uses, and need the same bearer token as the rest.
 */
export const controlRoutes = (clock: Clock): Route[] => [
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
];
