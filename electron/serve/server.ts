import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { bridgeSocketPath } from '../../shared/socket-protocol';
import { contentSecurityPolicy, securityHeaders } from '../core/csp';
import type { Logger } from '../core/log';
import type { Core } from '../core/services';
import {
  checkPageRequest,
  checkSocketUpgrade,
  expectedOrigin,
  splitTarget,
  type AccessPolicy,
  type RequestFacts,
} from './access-guard';
import { noStore, refuseUpgrade, sendText } from './http-responses';
import { createSocketBridgeServer } from './socket-bridge';
import { sendStaticFile } from './static-files';

/** What `startPanelServer` serves, where, and with which key. */
export interface PanelServerOptions {
  /** The built renderer (dist/). */
  root: string;
  core: Core;
  /** 0 lets the system pick a free port. */
  port: number;
  /** Loopback only, by type: the panel holds the user's cloud credentials. */
  host: '127.0.0.1';
  log: Logger;
  /** A fixed key for tests; otherwise a fresh random one per launch. */
  key?: string;
}

/** A running browser-mode server. */
export interface PanelServer {
  /** The address to open, key included. */
  url: string;
  origin: string;
  port: number;
  key: string;
  /** Closes every socket and connection, then stops listening. */
  close(): Promise<void>;
}

/** 256 bits, URL-safe, so it travels in the printed address as is. */
const createKey = (): string => randomBytes(32).toString('base64url');

const listen = (server: Server, port: number, host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });

const factsOf = (request: IncomingMessage): RequestFacts => ({
  host: request.headers.host,
  origin: request.headers.origin,
  cookie: request.headers.cookie,
  target: request.url ?? '/',
});

/** Serves the built UI and the contract socket on loopback, behind the access guard. */
export const startPanelServer = async ({ root, core, port, host, log, key = createKey() }: PanelServerOptions): Promise<PanelServer> => {
  const server = createServer();
  const actualPort = await listen(server, port, host);
  const policy: AccessPolicy = { port: actualPort, key };
  const origin = expectedOrigin(actualPort);
  const headers = securityHeaders(contentSecurityPolicy({ connectSrc: [`ws://127.0.0.1:${actualPort}`] }));
  const bridge = createSocketBridgeServer({ core, log: log.child('socket') });

  const handleRequest = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const decision = checkPageRequest(policy, factsOf(request));
    if (decision.kind === 'refuse') {
      log.warn(`refused ${request.method} with ${decision.status}`);
      return sendText(response, decision.status, decision.message, headers);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(response, 405, 'Only GET and HEAD are served here.', { ...headers, Allow: 'GET, HEAD' });
    }
    if (decision.kind === 'accept-key') {
      response.writeHead(303, {
        ...headers,
        ...noStore,
        'Set-Cookie': decision.cookie,
        Location: decision.location,
        'Content-Length': 0,
      });
      response.end();
    } else {
      await sendStaticFile(response, root, splitTarget(request.url ?? '/').path, headers);
    }
  };

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handleRequest(request, response).catch((error: unknown) => {
      log.error('request failed', error);
      if (response.headersSent) response.destroy();
      else sendText(response, 500, 'The panel server failed to answer.', headers);
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A peer that resets mid-handshake must not surface as an unhandled 'error' event.
    socket.on('error', () => socket.destroy());
    const facts = factsOf(request);
    const decision = checkSocketUpgrade(policy, facts);
    if (decision.kind === 'refuse') {
      log.warn(`refused a socket upgrade with ${decision.status}`);
      refuseUpgrade(socket, decision.status, decision.message, headers);
    } else if (splitTarget(facts.target).path !== bridgeSocketPath) {
      refuseUpgrade(socket, 404, 'Not found.', headers);
    } else {
      bridge.accept(request, socket, head);
    }
  });

  server.on('error', (error) => log.error('server error', error));

  return {
    url: `${origin}/?key=${key}`,
    origin,
    port: actualPort,
    key,
    async close() {
      await bridge.close();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
};
