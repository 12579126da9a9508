import type { Logger } from '../log';
import { accountApi } from './account';
import { actionsApi } from './actions';
import { associatedResourcesApi } from './associated-resources';
import { backupPoliciesApi } from './backup-policies';
import type { Sleep } from './call-options';
import { regionsApi, sizesApi } from './catalogue';
import { createContext } from './context';
import { dropletActionsApi } from './droplet-actions';
import { dropletsApi } from './droplets';
import { imageActionsApi } from './image-actions';
import { imagesApi } from './images';
import { monitoringApi } from './monitoring';
import { createRateGovernor, realSleep, type RateGovernor } from './rate-governor';
import { DEFAULT_MAX_RETRIES } from './retry-policy';
import { snapshotsApi } from './snapshots';
import { sshKeysApi } from './ssh-keys';
import { tagsApi } from './tags';
import { createTransport } from './transport';

/** How to reach the API and with which token; the rest has defaults for the real API. */
export interface DoClientOptions {
  /** `https://api.digitalocean.com`, or the simulator's URL (config.ts `apiBaseUrl`). */
  baseUrl: string;
  /** Read for every request, so the client never holds the token. */
  token: () => string | Promise<string>;
  /** Electron's `net.fetch` (bound) in the app; Node's global fetch by default. */
  fetch?: typeof fetch;
  /** Gets one debug line per HTTP request; never the token or headers. */
  log: Logger;
  /** Per HTTP attempt (default 30 s). */
  timeoutMs?: number;
  /** Called on every 429 with the time until the API takes requests again. */
  onRateLimited?: (retryInMs: number) => void;
  /** Called after every attempt: false when it got no answer (connection failed or timed out), true on any answer. */
  onReachable?: (reachable: boolean) => void;
  /** The account's governor, shared with every other client and poller of the same token; a new one by default. */
  governor?: RateGovernor;
  /** Retries of a failed GET (default 3). Writes are never retried. */
  maxRetries?: number;
  /** Pages of one list fetched at once; by default as many as the governor allows for the budget left (its `pageConcurrency`). */
  pageConcurrency?: number;
  /** For backoff jitter; `Math.random` by default. */
  random?: () => number;
  /** For backoff and rate-limit waits; tests inject one that moves their clock. */
  sleep?: Sleep;
  /** Epoch milliseconds, compared with `ratelimit-reset`; tests inject the simulator's clock. */
  now?: () => number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** A typed client for every DigitalOcean operation the panel uses. */
export const createDoClient = (options: DoClientOptions) => {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const governor = options.governor ?? createRateGovernor({ now, sleep });
  const transport = createTransport({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: options.token,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    log: options.log,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    governor,
    ...(options.onRateLimited ? { onRateLimited: options.onRateLimited } : {}),
    ...(options.onReachable ? { onReachable: options.onReachable } : {}),
    random: options.random ?? Math.random,
    sleep,
    now,
  });
  const ctx = createContext(transport, options.pageConcurrency ?? ((priority) => governor.pageConcurrency(priority)));
  return {
    account: accountApi(ctx),
    droplets: dropletsApi(ctx),
    dropletActions: dropletActionsApi(ctx),
    associatedResources: associatedResourcesApi(ctx),
    backupPolicies: backupPoliciesApi(ctx),
    images: imagesApi(ctx),
    imageActions: imageActionsApi(ctx),
    actions: actionsApi(ctx),
    regions: regionsApi(ctx),
    sizes: sizesApi(ctx),
    snapshots: snapshotsApi(ctx),
    sshKeys: sshKeysApi(ctx),
    tags: tagsApi(ctx),
    monitoring: monitoringApi(ctx),
  };
};

/** The client's surface: one namespace per resource. */
export type DoClient = ReturnType<typeof createDoClient>;
