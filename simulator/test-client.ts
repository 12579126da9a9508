import { startSimulator, type Simulator, type SimulatorOptions } from './start';

/** A simulator on a free port with a virtual clock, and a small client for tests that talk HTTP to it. */
export interface TestApi {
  readonly sim: Simulator;
  request(method: string, path: string, options?: { body?: unknown; raw?: string; token?: string | null; headers?: Record<string, string> }): Promise<TestResponse>;
  get(path: string): Promise<TestResponse>;
  post(path: string, body?: unknown): Promise<TestResponse>;
  put(path: string, body?: unknown): Promise<TestResponse>;
  del(path: string, body?: unknown): Promise<TestResponse>;
}

export interface TestResponse {
  readonly status: number;
  readonly headers: Headers;
  // Tests read response bodies loosely; the conformance test checks their shape against the spec.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

export const startTestApi = async (options: SimulatorOptions = {}): Promise<TestApi> => {
  const sim = await startSimulator({ clock: 'virtual', ...options });
  const request: TestApi['request'] = async (method, path, extra = {}) => {
    const token = extra.token === undefined ? sim.tokens[0] : extra.token;
    const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra.headers };
    let payload: string | undefined = extra.raw;
    if (extra.body !== undefined) {
      payload = JSON.stringify(extra.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${sim.url}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  };
  return {
    sim,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, { body }),
    put: (path, body) => request('PUT', path, { body }),
    del: (path, body) => request('DELETE', path, body === undefined ? {} : { body }),
  };
};
