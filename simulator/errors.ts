/**
 * Errors the way DigitalOcean answers them: a status code and `{id, message, request_id}`, where `id`
 * names the status (FACTS.md §8). Handlers throw an ApiError; the server turns it into the response.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** Some operations declare their own error shape (tags 400); these fields are sent alongside. */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message = 'error parsing request body'): ApiError => new ApiError(400, 'bad_request', message);

export const unauthorized = (): ApiError => new ApiError(401, 'unauthorized', 'Unable to authenticate you.');

export const forbidden = (message = 'You do not have access for the attempted action.'): ApiError =>
  new ApiError(403, 'forbidden', message);

export const notFound = (message = 'The resource you requested could not be found.'): ApiError =>
  new ApiError(404, 'not_found', message);

export const methodNotAllowed = (allowed: readonly string[]): ApiError =>
  new ApiError(405, 'method_not_allowed', 'The requested method is not allowed for this resource.', {
    allow: allowed.join(', '),
  });

export const conflict = (message = 'The request could not be completed due to a conflict.'): ApiError =>
  new ApiError(409, 'conflict', message);

export const payloadTooLarge = (limitBytes: number): ApiError =>
  new ApiError(413, 'request_entity_too_large', `The request body is larger than ${limitBytes} bytes.`);

export const unprocessable = (message: string): ApiError => new ApiError(422, 'unprocessable_entity', message);

export const tooManyRequests = (): ApiError => new ApiError(429, 'too_many_requests', 'API rate limit exceeded.');

export const serverError = (): ApiError => new ApiError(500, 'server_error', 'Unexpected server-side error');

/** The ids a DigitalOcean-style body carries for the 5xx statuses a fault can inject. */
const serverErrorIds: Readonly<Record<number, string>> = {
  500: 'server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

/** What a fault may say beyond its status: its own message, and for a 429 how long to wait. */
export interface InjectedErrorDetails {
  readonly message?: string;
  readonly retryAfterSeconds?: number;
}

const withDetails = (error: ApiError, { message, retryAfterSeconds }: InjectedErrorDetails): ApiError =>
  message === undefined && retryAfterSeconds === undefined
    ? error
    : new ApiError(
        error.status,
        error.id,
        message ?? error.message,
        retryAfterSeconds === undefined ? error.headers : { ...error.headers, 'retry-after': String(retryAfterSeconds) },
        error.extra,
      );

const baseErrorForStatus = (status: number): ApiError => {
  if (status === 404) return notFound();
  if (status === 429) return tooManyRequests();
  if (status === 401) return unauthorized();
  if (status === 403) return forbidden();
  if (status === 409) return conflict();
  if (status === 400) return badRequest();
  if (status === 422) return unprocessable('The request could not be processed.');
  return new ApiError(status, serverErrorIds[status] ?? 'server_error', 'Unexpected server-side error');
};

/** Any status as an error, for injected faults: the id follows the status, as the API's ids do. */
export const errorForStatus = (status: number, details: InjectedErrorDetails = {}): ApiError => withDetails(baseErrorForStatus(status), details);
