import { unreadableError } from './api-error';
import type { CallOptions } from './call-options';
import { getAll, getPage, type ListPage, type ListSpec, type OnPage, type PagesInFlight, type PageQuery } from './pagination';
import type { HttpRequest, Transport } from './transport';

/** What the resource modules build their methods from. */
export interface ClientContext {
  /** The raw answer (`undefined` when empty). */
  send<T>(request: HttpRequest, call?: CallOptions): Promise<T>;
  /** The object under `key` in the answer, as DigitalOcean wraps every single resource (`{droplet: …}`). */
  read<T>(key: string, request: HttpRequest, call?: CallOptions): Promise<T>;
  page<T>(spec: ListSpec<T>, page?: PageQuery, call?: CallOptions): Promise<ListPage<T>>;
  all<T>(spec: ListSpec<T>, call?: CallOptions, onPage?: OnPage<T>): Promise<T[]>;
}

/** The context over one transport; `all` fetches up to `pageConcurrency` pages at once. */
export const createContext = (transport: Transport, pageConcurrency: PagesInFlight): ClientContext => ({
  send: (request, call) => transport.send(request, call),
  async read<T>(key: string, request: HttpRequest, call?: CallOptions): Promise<T> {
    const body = await transport.send<Record<string, unknown> | undefined>(request, call);
    const value = body?.[key];
    if (value === undefined) throw unreadableError(`no "${key}" in the answer to ${request.method} ${request.path}`, undefined);
    return value as T;
  },
  page: (spec, page = {}, call) => getPage(transport, spec, page, call),
  all: (spec, call, onPage) => getAll(transport, spec, pageConcurrency, call, onPage),
});

/** A path with its parameters encoded: `path\`/v2/tags/${name}\`` cannot be steered elsewhere by a name. */
export const path = (strings: TemplateStringsArray, ...values: readonly (string | number)[]): string =>
  strings.reduce((joined, part, index) => joined + encodeURIComponent(String(values[index - 1])) + part);
