import type { Action, Image } from '../../../shared/do-types';

/*
 * The little of the DigitalOcean client the tracker needs, and the wire fields it reads. The spec
 * marks no Action or Image field as required, so any may be missing and the tracker copes: no id,
 * nothing to follow; no status, the spec's default `in-progress`.
 */

/** An action as the API returns it (FACTS.md §5), as far as the tracker reads it. */
export type ApiAction = Pick<Action, 'id' | 'status' | 'type' | 'started_at' | 'completed_at' | 'resource_id' | 'resource_type'>;

/** A custom image as the API returns it; an import is `NEW` until `available`, or `deleted` with `error_message`. */
export type ApiImage = Pick<Image, 'id' | 'name' | 'status' | 'error_message' | 'created_at' | 'size_gigabytes'>;

/**
 * What the tracker asks of DigitalOcean. The real client sends these at background priority; errors
 * are thrown (an `AppError` with kind `not_found` for a 404, `retryAfterMs` on a 429, when it knows).
 */
export interface TrackerClient {
  /** `GET /v2/actions?page=…&per_page=…`: the account's actions, newest first; page 1 unless given. */
  listActions(perPage: number, page?: number): Promise<ApiAction[]>;
  /** `GET /v2/actions/{id}`. */
  getAction(id: number): Promise<ApiAction>;
  /** `GET /v2/images/{id}`. */
  getImage(id: number): Promise<ApiImage>;
}
