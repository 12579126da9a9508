import type { ActionRecord } from '../state';
import { iso } from '../time';
import { regionViewBySlug } from './catalogue';

export const actionView = (action: ActionRecord) => ({
  id: action.id,
  status: action.status,
  type: action.type,
  started_at: iso(action.startedAt),
  completed_at: action.completedAt === null ? null : iso(action.completedAt),
  resource_id: action.resourceId,
  resource_type: action.resourceType,
  ...(action.regionSlug ? { region: regionViewBySlug(action.regionSlug) } : {}),
  region_slug: action.regionSlug,
});

/** The `links.actions` entries of a create response. */
export const actionLink = (action: ActionRecord, baseUrl: string, rel: string) => ({
  id: action.id,
  rel,
  href: `${baseUrl}/v2/actions/${action.id}`,
});
