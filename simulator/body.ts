import type { IncomingMessage } from 'node:http';
import { badRequest, payloadTooLarge, type ApiError } from './errors';

/** Large enough for any real request (user_data is capped at 64 KiB), small enough to bound memory. */
const MAX_BODY_BYTES = 1024 * 1024;

/** When the body was cut short (too large, or the stream failed), the connection cannot be reused. */
export type BodyResult = { ok: true; body: unknown } | { ok: false; error: ApiError; closeConnection: boolean };

/** Reads the whole body; never rejects. An empty body is `undefined`; anything else must be JSON. */
export const readJsonBody = (request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ ok: false, error: payloadTooLarge(limit), closeConnection: true });
      else if (!done) chunks.push(chunk);
    });
    request.on('error', () => finish({ ok: false, error: badRequest(), closeConnection: true }));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return finish({ ok: true, body: undefined });
      try {
        finish({ ok: true, body: JSON.parse(text) as unknown });
      } catch {
        finish({ ok: false, error: badRequest('error parsing request body'), closeConnection: false });
      }
    });
  });
