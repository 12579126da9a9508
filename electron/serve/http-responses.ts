import { STATUS_CODES, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** Responses that must never be reused from a cache: the UI shell, refusals, the key hand-over. */
export const noStore = { 'Cache-Control': 'no-store' } as const;

/** Ends a response with a short plain-text body (omitted by Node for HEAD). */
export const sendText = (response: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders): void => {
  const body = `${text}\n`;
  response.writeHead(status, {
    ...headers,
    ...noStore,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
};

/**
 * Answers a WebSocket upgrade with a plain HTTP refusal and closes the connection: the handshake
 * never completes, so the page learns nothing beyond the failure.
 */
export const refuseUpgrade = (socket: Duplex, status: number, text: string, headers: OutgoingHttpHeaders): void => {
  const body = `${text}\n`;
  const lines = Object.entries({
    ...headers,
    ...noStore,
    Connection: 'close',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  }).map(([name, value]) => `${name}: ${String(value)}`);
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
};
