import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { ServerMessage } from '../../shared/socket-protocol';
import { fail } from '../../shared/result';
import { validationError } from '../core/errors';
import type { Logger } from '../core/log';
import type { Core } from '../core/services';
import { readFrame } from './socket-messages';

/** Larger frames are refused by ws itself (close 1009) before they are buffered, let alone parsed. */
export const maxFrameBytes = 1024 * 1024;

/** How long a closing renderer gets to acknowledge before its socket is cut. */
const closeGraceMs = 1000;

/** RFC 6455 policy violation: the peer sent something that is not a call. */
const policyViolation = 1008;
const goingAway = 1001;

/** The WebSocket end of the contract: calls in, results and events out. */
export interface SocketBridgeServer {
  /** Completes an upgrade the access guard has already allowed. */
  accept(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every socket (renderers see 1001) and stops accepting. */
  close(): Promise<void>;
}

const textOf = (data: RawData): string => {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (data instanceof ArrayBuffer ? Buffer.from(data) : data).toString('utf8');
};

/** Serves `core` to every connected renderer tab. */
export const createSocketBridgeServer = ({ core, log }: { core: Core; log: Logger }): SocketBridgeServer => {
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });

  const send = (socket: WebSocket, message: ServerMessage): void => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };

  const answer = async (socket: WebSocket, data: RawData, isBinary: boolean): Promise<void> => {
    const frame = isBinary ? ({ kind: 'unreadable', reason: 'binary frame' } as const) : readFrame(textOf(data));
    if (frame.kind === 'unreadable') {
      log.warn(`closing a socket that sent an unreadable message (${frame.reason})`);
      socket.close(policyViolation, 'Messages must be JSON calls');
      return;
    }
    if (frame.kind === 'invalid') {
      const issue = { path: '', message: frame.reason };
      send(socket, { type: 'result', id: frame.id, result: fail(validationError('The message is not a valid call.', [issue])) });
      return;
    }
    const { id, op, request, options } = frame.call;
    // dispatch validates the name, the request and its options, and never throws.
    send(socket, { type: 'result', id, result: await core.dispatch(op, request, options) });
  };

  wss.on('connection', (socket) => {
    log.info('renderer connected');
    const unsubscribe = core.events.subscribe((event, payload) => send(socket, { type: 'event', event, payload }));
    socket.on('message', (data, isBinary) => {
      // A failure to answer one call must not take the server down with an unhandled rejection.
      answer(socket, data, isBinary).catch((error: unknown) => log.error('could not answer a call', error));
    });
    // Oversized frames and protocol errors arrive here; ws closes the socket itself.
    socket.on('error', (error) => log.warn(`socket error: ${error.message}`));
    socket.on('close', () => {
      unsubscribe();
      log.info('renderer disconnected');
    });
  });

  return {
    accept(request, socket, head) {
      wss.handleUpgrade(request, socket, head, (client) => wss.emit('connection', client, request));
    },
    close: () =>
      new Promise<void>((resolve) => {
        const open = [...wss.clients];
        const finish = (): void => wss.close(() => resolve());
        if (open.length === 0) return finish();
        let remaining = open.length;
        const cut = setTimeout(() => open.forEach((client) => client.terminate()), closeGraceMs);
        for (const client of open) {
          client.once('close', () => {
            remaining -= 1;
            if (remaining > 0) return;
            clearTimeout(cut);
            finish();
          });
          client.close(goingAway, 'The panel server is shutting down');
        }
      }),
  };
};
