import type { Prng } from './prng';
import type { ActionRecord } from './state';

/**
 * Fault injection, off unless asked for: latency, a share of requests failing with 5xx, a share of
 * connections reset, chosen requests failing, chosen actions ending errored. Random choices come from
 * the simulator's seed, so a faulty run can be replayed.
 */
export interface FaultSettings {
  /** Added to every response, in wall-clock milliseconds. */
  readonly latencyMs: number;
  /** Latency varies uniformly by up to this much either way. */
  readonly latencyJitterMs: number;
  /** Share (0..1) of requests answered 500, 502 or 503 before they take effect. */
  readonly failRate: number;
  /** Share (0..1) of requests whose connection is reset without an answer. */
  readonly resetRate: number;
}

const NO_FAULTS: FaultSettings = { latencyMs: 0, latencyJitterMs: 0, failRate: 0, resetRate: 0 };

export interface RequestFailureRule {
  /**
   * A route template as in the spec (`/v2/droplets/{droplet_id}/actions`) or a concrete path; every
   * API request when omitted (never the simulator's own `/_simulator/` routes, so a test can still clear it).
   */
  readonly path?: string;
  /** Any method when omitted. */
  readonly method?: string;
  /** The error status to answer with (500 when omitted); ignored when the connection is reset instead. */
  readonly status?: number;
  /** Reset the connection without an answer instead of answering with `status`. */
  readonly reset?: boolean;
  /** How many matching requests fail; 1 when omitted, `Infinity` until the faults are cleared. */
  readonly count?: number;
  /** The error's message instead of DigitalOcean's usual one for the status. */
  readonly message?: string;
  /** With a 429: how long DigitalOcean asks the client to wait (`retry-after`). */
  readonly retryAfterSeconds?: number;
  /**
   * Fail after the request took effect: the client sees an error although the server acted, as when a
   * response is lost. This is what makes retrying a POST dangerous.
   */
  readonly afterEffect?: boolean;
}

/**
 * Requests to hold without an answer until released: a test sees the client in the state it is in
 * while an answer is on its way (a list half loaded, a refresh in flight), in any order it chooses.
 */
export interface RequestHoldRule {
  /** A route template or concrete path as in `RequestFailureRule`; every API request when omitted. */
  readonly path?: string;
  /** GET when omitted. */
  readonly method?: string;
  /** Only this page of a list (its `page` query parameter, 1 when absent); every page when omitted. */
  readonly page?: number;
}

export interface ActionFailureRule {
  /** Action type (`resize`, `create`, `transfer`...); any when omitted. */
  readonly type?: string;
  readonly resourceId?: number;
  /** How many matching actions end errored; 1 when omitted. */
  readonly count?: number;
}

export interface InjectedFailure {
  readonly status: number;
  readonly message?: string;
  readonly retryAfterSeconds?: number;
  readonly afterEffect: boolean;
  /** No answer at all: the connection is reset. */
  readonly reset: boolean;
}

const RANDOM_STATUSES = [500, 502, 503] as const;

/** The simulator's own routes (clock, faults): no fault rule touches them. */
export const CONTROL_PREFIX = '/_simulator/';

const share = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

export class Faults {
  private settings: FaultSettings;
  private readonly requestRules: { rule: RequestFailureRule; left: number }[] = [];
  private readonly actionRules: { rule: ActionFailureRule; left: number }[] = [];
  private readonly holdRules: RequestHoldRule[] = [];
  /** Requests held by a rule, each answered (in arrival order) once released. */
  private readonly held: { release: () => void }[] = [];

  constructor(
    settings: Partial<FaultSettings>,
    private readonly rng: Prng,
  ) {
    this.settings = { ...NO_FAULTS, ...settings };
  }

  /** Changes the random faults and latency while running. */
  configure(settings: Partial<FaultSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  current(): FaultSettings {
    return this.settings;
  }

  failRequests(rule: RequestFailureRule): void {
    this.requestRules.push({ rule, left: rule.count ?? 1 });
  }

  /** The request rules still waiting to fire, with how many requests each has left. */
  pendingRequestRules(): { rule: RequestFailureRule; left: number }[] {
    return this.requestRules.map(({ rule, left }) => ({ rule, left }));
  }

  failActions(rule: ActionFailureRule = {}): void {
    this.actionRules.push({ rule, left: rule.count ?? 1 });
  }

  hold(rule: RequestHoldRule): void {
    this.holdRules.push(rule);
  }

  /** The hold rules in force and how many requests they hold now. */
  holds(): { rules: RequestHoldRule[]; waiting: number } {
    return { rules: [...this.holdRules], waiting: this.held.length };
  }

  /**
   * When a hold rule matches this request, a promise that resolves once the holds are released (the
   * request then goes on as usual); otherwise undefined, and the request goes at once.
   */
  holdFor(method: string, route: string, pathname: string, query: URLSearchParams): Promise<void> | undefined {
    if (pathname.startsWith(CONTROL_PREFIX)) return undefined;
    const page = Number(query.get('page') ?? '1');
    const matches = this.holdRules.some(
      (rule) =>
        (rule.method ?? 'GET').toUpperCase() === method &&
        (rule.path === undefined || rule.path === route || rule.path === pathname) &&
        (rule.page === undefined || rule.page === page),
    );
    return matches ? new Promise<void>((resolve) => this.held.push({ release: resolve })) : undefined;
  }

  /** Ends every hold: the rules are dropped and the held requests are answered. */
  release(): number {
    this.holdRules.length = 0;
    const held = this.held.splice(0);
    for (const request of held) request.release();
    return held.length;
  }

  /** Back to no faults at all (held requests are answered). */
  clear(): void {
    this.settings = NO_FAULTS;
    this.requestRules.length = 0;
    this.actionRules.length = 0;
    this.release();
  }

  latency(): number {
    const { latencyMs, latencyJitterMs } = this.settings;
    if (latencyMs <= 0 && latencyJitterMs <= 0) return 0;
    return Math.max(0, Math.round(latencyMs + (this.rng.next() * 2 - 1) * latencyJitterMs));
  }

  shouldReset(): boolean {
    return this.settings.resetRate > 0 && this.rng.chance(share(this.settings.resetRate));
  }

  /** A failure for this request, if a rule or the random rate calls for one. Consumes the rule. */
  requestFailure(method: string, route: string, pathname: string): InjectedFailure | undefined {
    if (pathname.startsWith(CONTROL_PREFIX)) return undefined;
    const entry = this.requestRules.find(
      ({ rule }) =>
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        (rule.path === undefined || rule.path === route || rule.path === pathname),
    );
    if (entry) {
      entry.left -= 1;
      if (entry.left <= 0) this.requestRules.splice(this.requestRules.indexOf(entry), 1);
      const { status = 500, afterEffect = false, reset = false, message, retryAfterSeconds } = entry.rule;
      return {
        status,
        afterEffect,
        reset,
        ...(message === undefined ? {} : { message }),
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      };
    }
    if (this.settings.failRate > 0 && this.rng.chance(share(this.settings.failRate))) {
      return { status: this.rng.pick(RANDOM_STATUSES), afterEffect: false, reset: false };
    }
    return undefined;
  }

  /** Whether an action just started must end errored. Consumes the rule. */
  actionShouldError(action: ActionRecord): boolean {
    const entry = this.actionRules.find(
      ({ rule }) =>
        (rule.type === undefined || rule.type === action.type) && (rule.resourceId === undefined || rule.resourceId === action.resourceId),
    );
    if (!entry) return false;
    entry.left -= 1;
    if (entry.left <= 0) this.actionRules.splice(this.actionRules.indexOf(entry), 1);
    return true;
  }
}
