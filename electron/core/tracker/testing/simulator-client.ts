import type { ErrorKind } from '../../../../shared/result';
import { AppError } from '../../errors';
import type { ApiAction, ApiImage, TrackerClient } from '../tracker-client';

/**
 * Test and benchmark only: the tracker's client over plain fetch, against the simulator. Failures
 * are thrown as the real client will throw them (`AppError`, `not_found` for a 404, `retryAfterMs`).
 */

const kindFor = (status: number): ErrorKind => {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'internal';
};

export const createSimulatorClient = (baseUrl: string, token: string): TrackerClient => {
  const get = async <T>(path: string, key: string): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    const body = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('retry-after'));
      throw AppError.of(kindFor(response.status), typeof body.message === 'string' ? body.message : `HTTP ${response.status}`, {
        status: response.status,
        ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
      });
    }
    return body[key] as T;
  };
  return {
    listActions: (perPage, page = 1) => get<ApiAction[]>(`/v2/actions?page=${page}&per_page=${perPage}`, 'actions'),
    getAction: (id) => get<ApiAction>(`/v2/actions/${id}`, 'action'),
    getImage: (id) => get<ApiImage>(`/v2/images/${id}`, 'image'),
  };
};
