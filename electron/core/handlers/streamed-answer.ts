import type { StreamedList } from '../../../shared/events';

/**
 * A list handler's answer when the call named a `stream`: its rows already went out as `lists.page`
 * events (sent before the answer, on the same channel), so the answer only counts them. Sending them
 * again would double what the main side serialises and the window parses for the largest lists.
 */
export const answeringStreamed =
  <Request extends { stream?: string | undefined }, Row>(handler: (request: Request) => Promise<Row[]>) =>
  async (request: Request): Promise<Row[] | StreamedList> => {
    const rows = await handler(request);
    return request.stream === undefined ? rows : { streamed: rows.length };
  };
