/**
 * The little of the DigitalOcean client the tracker needs, and the wire fields it reads (a structural
 * subset of `shared/do-types.ts`). The spec marks no Action or Image field as required, so any may be
 * missing and the tracker copes: no id, nothing to follow; no status, the spec's default `in-progress`.
 */

/** An action as the API returns it (FACTS.md §5). */
export interface ApiAction {
  id?: number;
  status?: 'in-progress' | 'completed' | 'errored';
  type?: string;
  started_at?: string;
  completed_at?: string | null;
  resource_id?: number | null;
  resource_type?: string;
}

/** A custom image as the API returns it; an import is `NEW` until `available`, or `deleted` with `error_message`. */
export interface ApiImage {
  id?: number;
  name?: string;
  status?: 'NEW' | 'available' | 'pending' | 'deleted' | 'retired';
  error_message?: string;
  created_at?: string;
  size_gigabytes?: number | null;
}

/**
 * What the tracker asks of DigitalOcean. The real client sends these at background priority; errors
 * are thrown (an `AppError` with kind `not_found` for a 404, `retryAfterMs` on a 429, when it knows).
 */
export interface TrackerClient {
  /** `GET /v2/actions?page=1&per_page=…`: the account's actions, newest first. */
  listActions(perPage: number): Promise<ApiAction[]>;
  /** `GET /v2/actions/{id}`. */
  getAction(id: number): Promise<ApiAction>;
  /** `GET /v2/images/{id}`. */
  getImage(id: number): Promise<ApiImage>;
}
