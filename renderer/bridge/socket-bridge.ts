import type { PanelApi } from '../../shared/contract';
import { isEventName, type EventName } from '../../shared/events';
import { operationMethods, type SendOperation } from '../../shared/operation-methods';
import type { PanelError, Result } from '../../shared/result';
import { bridgeSocketPath, type CallMessage, type ServerMessage } from '../../shared/socket-protocol';

/** Overrides for tests; the app passes none. */
export interface SocketBridgeOptions {
  /** Defaults to the bridge endpoint of the server that served this page. */
  url?: string;
  /** Tests hand in a fake; browsers use their own. */
  WebSocketImpl?: typeof WebSocket;
}

/** First reconnect delay; doubled after each failed attempt up to the cap. */
const firstRetryMs = 500;
const maxRetryMs = 15_000;

/** A call that was sent may have run: the user must check before trying an action again. */
const lostConnection: PanelError = {
  kind: 'network',
  message:
    'Lost connection to the panel server before it answered. If this was an action, check whether it ran before trying again. If you restarted the server, open the address it printed.',
};

/** A call that was never sent: safe to try again once the server is back. */
const unreachable: PanelError = {
  kind: 'network',
  message: 'Cannot reach the panel server. Check that `npm run serve` is still running, or open the address it printed again.',
};

type Settle = (result: Result<unknown>) => void;

interface PendingCall {
  message: CallMessage;
  settle: Settle;
}

/** The server is ours, but a frame is still checked for the fields the bridge relies on. */
const isServerMessage = (value: unknown): value is ServerMessage => {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'event') return typeof message.event === 'string';
  return message.type === 'result' && typeof message.id === 'number' && typeof message.result === 'object' && message.result !== null;
};

/**
 * The contract over the browser-mode WebSocket. It connects on first use, queues calls made while
 * connecting, and reconnects with capped exponential backoff after a loss. It never re-sends a call:
 * one that may have reached the server resolves with a network error instead, because running an
 * action twice is worse than asking the user to look.
 */
export const createSocketBridge = (options: SocketBridgeOptions = {}): PanelApi => {
  const WebSocketImpl = options.WebSocketImpl ?? WebSocket;
  const queued: PendingCall[] = [];
  const sent = new Map<number, Settle>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let open = false;
  let failedAttempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const settleAll = (): void => {
    for (const settle of sent.values()) settle({ ok: false, error: lostConnection });
    sent.clear();
    for (const call of queued.splice(0)) call.settle({ ok: false, error: unreachable });
  };

  const transmit = (active: WebSocket, { message, settle }: PendingCall): void => {
    // Recorded first: from here on the call may reach the server, so it is never sent again.
    sent.set(message.id, settle);
    active.send(JSON.stringify(message));
  };

  const deliver = (message: ServerMessage): void => {
    if (message.type === 'result') {
      const settle = sent.get(message.id);
      sent.delete(message.id);
      settle?.(message.result);
    } else if (isEventName(message.event)) {
      for (const listener of listeners.get(message.event) ?? []) {
        try {
          listener(message.payload);
        } catch (error) {
          // One broken listener must not starve the others of the event.
          console.error(`A listener for ${message.event} failed`, error);
        }
      }
    }
  };

  const connect = (): void => {
    retryTimer = null;
    const active = new WebSocketImpl(options.url ?? `ws://${location.host}${bridgeSocketPath}`);
    socket = active;
    active.addEventListener('open', () => {
      open = true;
      failedAttempts = 0;
      for (const call of queued.splice(0)) transmit(active, call);
    });
    active.addEventListener('message', (event: MessageEvent) => {
      let message: unknown;
      try {
        message = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (isServerMessage(message)) deliver(message);
    });
    // Browsers report a failed attempt as 'error' then 'close': acting on 'close' covers both.
    active.addEventListener('close', () => {
      socket = null;
      open = false;
      settleAll();
      const delay = Math.min(firstRetryMs * 2 ** failedAttempts, maxRetryMs);
      failedAttempts += 1;
      retryTimer = setTimeout(connect, delay);
    });
  };

  /** A caller is waiting: connect now rather than after the backoff delay. */
  const connectNow = (): void => {
    if (socket) return;
    if (retryTimer) clearTimeout(retryTimer);
    connect();
  };

  const send: SendOperation = (op, request, options) =>
    new Promise((resolve) => {
      const message: CallMessage = { type: 'call', id: nextId++, op, request, ...(options === undefined ? {} : { options }) };
      const call: PendingCall = { message, settle: resolve };
      if (socket && open) transmit(socket, call);
      else {
        queued.push(call);
        connectNow();
      }
    });

  const api: PanelApi = {
    ...operationMethods(send),
    on(event, listener) {
      if (!isEventName(event)) throw new TypeError(`Unknown event: ${String(event)}`);
      const forEvent = listeners.get(event) ?? new Set();
      const entry = listener as (payload: unknown) => void;
      forEvent.add(entry);
      listeners.set(event, forEvent);
      // Events need a connection too, but a subscriber is not waiting: keep any backoff.
      if (!socket && !retryTimer) connect();
      return () => {
        forEvent.delete(entry);
      };
    },
  };
  return api;
};
