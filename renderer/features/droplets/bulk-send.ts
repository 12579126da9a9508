import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract';
import type { DropletRow } from '../../../shared/droplet-types';
import type { PanelError } from '../../../shared/result';
import { call } from '../../bridge/call';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { noteStartedAction } from '../../tracking/note-started';
import { snapshotNameFor, type BulkActionKind, type BulkRoute } from './bulk-action-rules';
import { dropletQueries } from './queries';

type EachAction = RequestOf<'droplets.runActionEach'>['action'];

/** The most ids `droplets.runActionEach` takes in one call. */
const idsPerCall = 500;
/** Calls the renderer has out at once where it must send one per droplet (deletes, differently named snapshots). */
const callsAtOnce = 3;

export interface BulkRequest {
  kind: BulkActionKind;
  targets: readonly DropletRow[];
  route: BulkRoute;
  /** The snapshot name pattern, for a snapshot sent per droplet. */
  snapshotPattern?: string;
  /** How many droplets have an answer so far. */
  onProgress?: (answered: number) => void;
}

export interface BulkFailure {
  row: DropletRow;
  error: PanelError;
}

/** How the batch went: how many droplets it started (or deleted), and each refusal with DigitalOcean's words. */
export interface BulkResult {
  done: number;
  failures: BulkFailure[];
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/** Runs `work` over the items, a few at a time, in order of the items. */
const runLimited = async <T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> => {
  const queue = [...items];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
};

/** The same action goes to droplets in one call; snapshots named per droplet are grouped by their name. */
const eachGroups = (request: BulkRequest): { action: EachAction; rows: DropletRow[] }[] => {
  if (request.kind === 'snapshot') {
    const byName = new Map<string, DropletRow[]>();
    for (const row of request.targets) {
      const name = snapshotNameFor(request.snapshotPattern ?? '', row.name);
      byName.set(name, [...(byName.get(name) ?? []), row]);
    }
    return [...byName].flatMap(([name, rows]) => chunks(rows, idsPerCall).map((part) => ({ action: { type: 'snapshot' as const, name }, rows: part })));
  }
  const action = { type: request.kind } as EachAction;
  return chunks(request.targets, idsPerCall).map((rows) => ({ action, rows }));
};

const sendEach = async (queryClient: QueryClient, request: BulkRequest): Promise<BulkResult> => {
  const result: BulkResult = { done: 0, failures: [] };
  let answered = 0;
  await runLimited(eachGroups(request), callsAtOnce, async ({ action, rows }) => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    try {
      for (const outcome of await call('droplets.runActionEach', { ids: rows.map((row) => row.id), action })) {
        const row = byId.get(outcome.id);
        if (row === undefined) continue;
        if (outcome.outcome === 'started') {
          result.done += 1;
          noteStartedAction(queryClient, outcome.started.tracked);
        } else {
          result.failures.push({ row, error: outcome.error });
        }
      }
    } catch (error) {
      // The call never reached the handler's per-droplet loop (no account, the bridge went away).
      const detail = panelErrorOf(error as Error);
      for (const row of rows) result.failures.push({ row, error: detail });
    }
    answered += rows.length;
    request.onProgress?.(answered);
  });
  return result;
};

const sendDeletes = async (queryClient: QueryClient, request: BulkRequest): Promise<BulkResult> => {
  const result: BulkResult = { done: 0, failures: [] };
  let answered = 0;
  await runLimited(request.targets, callsAtOnce, async (row) => {
    try {
      await call('droplets.delete', { id: row.id });
      result.done += 1;
      queryClient.setQueriesData<DropletRow[]>({ queryKey: dropletQueries.lists() }, (rows) => rows?.filter((candidate) => candidate.id !== row.id));
    } catch (error) {
      result.failures.push({ row, error: panelErrorOf(error as Error) });
    }
    answered += 1;
    request.onProgress?.(answered);
  });
  return result;
};

const sendByTag = async (queryClient: QueryClient, request: BulkRequest, tagName: string): Promise<BulkResult> => {
  // DigitalOcean names snapshots taken through a tag itself: no name is sent.
  const action = { type: request.kind } as RequestOf<'droplets.runActionByTag'>['action'];
  const started = await call('droplets.runActionByTag', { tagName, action });
  for (const one of started) noteStartedAction(queryClient, one.tracked);
  request.onProgress?.(request.targets.length);
  return { done: started.length, failures: [] };
};

/**
 * Sends a confirmed batch, once: mutations never retry, since a request may have reached DigitalOcean.
 * Each started action shows at once in its row; the result lists every refusal. Throws only when the
 * single tag request fails, which started nothing the panel knows of.
 */
export const useBulkSend = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: BulkRequest): Promise<BulkResult> => {
      if (request.kind === 'delete') return sendDeletes(queryClient, request);
      if (request.route.kind === 'tag') return sendByTag(queryClient, request, request.route.tagName);
      return sendEach(queryClient, request);
    },
    onSettled: (_result, _error, request) =>
      queryClient.invalidateQueries({ queryKey: request.kind === 'delete' ? dropletQueries.lists() : dropletQueries.details() }),
  });
};
