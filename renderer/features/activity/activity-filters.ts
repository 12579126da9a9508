import type { TrackedResourceType } from '../../../shared/action-types';

/** What the Activity view can narrow to; all three lists apply the same filters. */
export type ActivityStatus = 'running' | 'completed' | 'errored';

export const activityStatuses: readonly ActivityStatus[] = ['running', 'completed', 'errored'];

/** Everything the Activity view keeps in the address; '' means "any". */
export interface ActivityView {
  resource: TrackedResourceType | '';
  status: ActivityStatus | '';
  /** An action type (`snapshot`, `power_off`…). */
  type: string;
  /** Words to find in the resource's name (or its id). */
  q: string;
  /** The page of the account's history. */
  page: number;
}

export const defaultActivityView: ActivityView = { resource: '', status: '', type: '', q: '', page: 1 };

const isResource = (value: string | null): value is TrackedResourceType => value === 'droplet' || value === 'image';

const isStatus = (value: string | null): value is ActivityStatus => activityStatuses.some((status) => status === value);

export const parseActivityView = (search: string): ActivityView => {
  const params = new URLSearchParams(search);
  const resource = params.get('resource');
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    resource: isResource(resource) ? resource : '',
    status: isStatus(status) ? status : '',
    type: params.get('type')?.trim() ?? '',
    q: params.get('q') ?? '',
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
};

/** The query string for a view; defaults are left out so the plain view has a plain address. */
export const formatActivityView = (view: ActivityView): string => {
  const params = new URLSearchParams();
  for (const name of ['resource', 'status', 'type', 'q'] as const) if (view[name] !== '') params.set(name, view[name]);
  if (view.page > 1) params.set('page', String(view.page));
  return params.toString();
};

/** One entry of any of the three lists, reduced to what the filters look at. */
export interface ActivityEntry {
  /** DigitalOcean's `resource_type`: `droplet`, `image`, or another kind the panel does not show. */
  resourceType: string;
  resourceId: number | null;
  /** The resource's name where the panel knows it. */
  name: string | null;
  status: ActivityStatus;
  type: string;
}

/** Every word of the search must be in the resource's name or id. */
const matchesQuery = (entry: ActivityEntry, query: string): boolean => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [entry.name?.toLowerCase() ?? '', entry.resourceId === null ? '' : String(entry.resourceId)];
  return words.every((word) => haystack.some((value) => value.includes(word)));
};

export const matchesActivity = (entry: ActivityEntry, view: ActivityView): boolean =>
  (view.resource === '' || entry.resourceType === view.resource) &&
  (view.status === '' || entry.status === view.status) &&
  (view.type === '' || entry.type === view.type) &&
  matchesQuery(entry, view.q);

export const isFiltered = (view: ActivityView): boolean => view.resource !== '' || view.status !== '' || view.type !== '' || view.q.trim() !== '';
