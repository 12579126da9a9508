import type { DropletRow } from '../../../shared/droplet-types';
import type { ImageRow } from '../../../shared/image-types';
import { lastKnownListName, type LastKnownListName } from '../../../shared/last-known-names';
import type { LastKnownList, PackedLastKnownList } from '../../../shared/operations/lists';
import { packRows } from '../../../shared/packed-rows';
import type { AreaHandlers, HandlerDeps } from './deps';

/** Names as the Droplets screen orders them by default: the user's locale, numbers by value (`web-2` before `web-10`). */
const byName = new Intl.Collator(undefined, { numeric: true });

/**
 * The kept droplet list crosses in the order the Droplets screen shows by default (name, then id),
 * so that the page's sort of thousands of kept rows is one pass over sorted rows, on the start's
 * critical path, instead of a full sort. The screen still sorts it. Image lists keep their order.
 */
const inShownOrder = (list: LastKnownListName, rows: LastKnownList['rows']): LastKnownList['rows'] =>
  list !== 'droplets' ? rows : [...rows].sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id);

/** Each kept list ordered and packed once, however often it is asked for (every start, every switch back to its account). */
const packedLists = new WeakMap<LastKnownList, PackedLastKnownList>();

const packed = (name: LastKnownListName, list: LastKnownList): PackedLastKnownList => {
  let answer = packedLists.get(list);
  if (answer === undefined) {
    answer = { savedAt: list.savedAt, rows: packRows(inShownOrder(name, list.rows)) };
    packedLists.set(list, answer);
  }
  return answer;
};

/** The lists kept for a warm start, answered from this computer (no DigitalOcean request), packed to cross to the page faster. */
export const listHandlers = ({ accounts, lastKnown }: HandlerDeps): AreaHandlers<'lists.lastKnown'> => ({
  'lists.lastKnown': async (request) => {
    const accountId = accounts.activeId();
    const name = lastKnownListName(request);
    const kept = accountId === undefined ? null : lastKnown.read(accountId, name);
    return kept === null ? null : packed(name, kept);
  },
});

/**
 * A list handler that also keeps what it answered, when it answered a kept list whole (a failed page
 * fails the whole list, so an answer is complete). The rows are kept by reference and written later,
 * so the answer never waits for them; a switch while the list loaded keeps nothing, since the rows
 * might be either account's.
 */
export const keepingLastKnown =
  <Request, Row extends DropletRow | ImageRow>(
    { accounts, lastKnown, now }: Pick<HandlerDeps, 'accounts' | 'lastKnown' | 'now'>,
    listOf: (request: Request) => LastKnownListName | undefined,
    handler: (request: Request) => Promise<Row[]>,
  ) =>
  async (request: Request): Promise<Row[]> => {
    const accountId = accounts.activeId();
    const rows = await handler(request);
    const list = listOf(request);
    if (list !== undefined && accountId !== undefined && accounts.activeId() === accountId) {
      lastKnown.save(accountId, list, rows, new Date(now()).toISOString());
    }
    return rows;
  };

/** The droplet list kept is the whole one: a tag's list is DigitalOcean's filter of it. */
export const keptDropletList = ({ tagName }: { tagName?: string | undefined }): LastKnownListName | undefined =>
  tagName === undefined ? 'droplets' : undefined;

/** The image lists kept are the Images screen's tabs without a tag: the account's own, distributions, applications. */
export const keptImageList = (filter: { type?: 'distribution' | 'application' | undefined; private?: true | undefined; tagName?: string | undefined }): LastKnownListName | undefined => {
  if (filter.tagName !== undefined) return undefined;
  if (filter.private === true) return filter.type === undefined ? 'images:private' : undefined;
  return filter.type === undefined ? undefined : `images:${filter.type}`;
};
