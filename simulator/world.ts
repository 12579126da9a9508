import { ActionEngine } from './actions/engine';
import type { Clock } from './clock';
import { BackupSchedule } from './domain/backup-schedule';
import { Faults, type FaultSettings } from './faults';
import { createPrng, type Prng } from './prng';
import { Store, type AccountRecord } from './state';

/** Everything a route or a seed works on: the account's state, simulated time, the action engine, faults, the backup schedule. */
export interface World {
  readonly clock: Clock;
  readonly store: Store;
  readonly engine: ActionEngine;
  /** Draws for new resources (addresses, snapshot sizes, hosts): deterministic for a seed and a sequence of requests. */
  readonly rng: Prng;
  readonly faults: Faults;
  readonly backups: BackupSchedule;
}

export interface WorldOptions {
  readonly seed: string;
  readonly clock: Clock;
  readonly speed: number;
  readonly faults: Partial<FaultSettings>;
  readonly account: AccountRecord;
}

export const createWorld = (options: WorldOptions): World => {
  const root = createPrng(options.seed);
  const store = new Store(options.account, root.fork('ids'));
  const faults = new Faults(options.faults, root.fork('faults'));
  const engine = new ActionEngine(store, options.clock, root.fork('durations'), options.speed, (action) => faults.actionShouldError(action));
  return { clock: options.clock, store, engine, rng: root.fork('world'), faults, backups: new BackupSchedule() };
};
