import type { Droplet } from '../../../shared/do-types';
import type { ApiSessions } from '../api-session';
import type { OnPage } from '../do-client/pagination';
import type { RequestOf } from '../../../shared/contract';
import type { DropletRow } from '../../../shared/droplet-types';
import type { EventBus } from '../event-bus';
import type { ResourceNames } from '../resource-names';
import { dropletRow } from '../../../shared/droplet-rows';
import { listProgress } from './list-progress';
import { rememberDroplet } from './remember-droplet';

/**
 * Every Droplet, every page. Without a filter the API leaves GPU Droplets out unless asked for them
 * (FACTS.md §1), so both kinds are listed; a tag filter cannot be combined with `type` and lists what
 * DigitalOcean has under the tag. With a `stream`, each page's rows go out as `lists.page` as it
 * arrives, both lists counted as one (the answer then counts the rows, `answeringStreamed`); a failed
 * page fails the whole call.
 */
export const dropletsListHandler =
  (sessions: ApiSessions, names: ResourceNames, events: Pick<EventBus, 'emit'>) =>
  async ({ tagName, stream }: RequestOf<'droplets.list'>): Promise<DropletRow[]> => {
    const client = await sessions.client();
    const count = listProgress(tagName === undefined ? 2 : 1);
    const pages = (list: number): OnPage<Droplet> | undefined =>
      stream === undefined
        ? undefined
        : (items, progress) =>
            events.emit('lists.page', { stream, list: 'droplets', part: list, page: progress.page, rows: items.map(dropletRow), ...count(list, items.length, progress) });
    const droplets =
      tagName === undefined
        ? (await Promise.all([client.droplets.listAll({}, {}, pages(0)), client.droplets.listAll({ type: 'gpus' }, {}, pages(1))])).flat()
        : await client.droplets.listAll({ tag_name: tagName }, {}, pages(0));
    for (const droplet of droplets) rememberDroplet(names, droplet);
    return droplets.map(dropletRow);
  };
