import { expect } from 'vitest';
import type { ActionSettled } from '../../../shared/action-types';
import type { PanelError } from '../../../shared/result';
import type { Exchange } from '../../../simulator/server';
import type { SimulatorOptions } from '../../../simulator/start';
import { startSimulatedCore, type SimulatedCore } from './simulated-core';

/** A simulated core that also records what it asked DigitalOcean, what it answered and which actions settled. */
export interface ObservedCore extends SimulatedCore {
  exchanges: Exchange[];
  settled: ActionSettled[];
  /** Every value an operation answered with, to check that none carries the token. */
  answers: unknown[];
  /** Runs an operation, keeps its answer and returns it typed as the caller expects. */
  run<T>(operation: string, request?: unknown): Promise<T>;
  /** The error an operation fails with, and the requests (`METHOD /route`) it sent on the way. */
  refusal(operation: string, request: unknown): Promise<{ error: PanelError; sent: string[] }>;
  /** Moves the virtual clock a minute at a time until `done`, for at most `maxMinutes`. */
  advanceUntil(done: () => boolean | Promise<boolean>, maxMinutes?: number): Promise<void>;
}

export const startObservedCore = async (options: Omit<SimulatorOptions, 'clock' | 'tokens' | 'observe'> = {}): Promise<ObservedCore> => {
  const exchanges: Exchange[] = [];
  const settled: ActionSettled[] = [];
  const answers: unknown[] = [];
  const harness = await startSimulatedCore({ ...options, observe: (exchange) => exchanges.push(exchange) });
  harness.core.events.subscribe((event, payload) => {
    if (event === 'actions.settled') settled.push(payload as ActionSettled);
  });
  return {
    ...harness,
    exchanges,
    settled,
    answers,
    async run<T>(operation: string, request: unknown = {}) {
      const value = await harness.call(operation, request);
      answers.push(value);
      return value as T;
    },
    async refusal(operation, request) {
      const before = exchanges.length;
      const error = await harness.call(operation, request).then(
        () => {
          throw new Error(`${operation} succeeded`);
        },
        (failure: { detail: PanelError }) => failure.detail,
      );
      return { error, sent: exchanges.slice(before).map((exchange) => `${exchange.method} ${exchange.route ?? exchange.pathname}`) };
    },
    async advanceUntil(done, maxMinutes = 6 * 60) {
      for (let minute = 0; minute < maxMinutes && !(await done()); minute += 1) await harness.scheduler.advance(60);
      expect(await done()).toBe(true);
    },
  };
};
