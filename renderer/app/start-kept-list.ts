import type { RequestOf } from '../../shared/contract';
import { areaOfHash } from './screens';

/**
 * The kept list the page the window opens on (`#/droplets?q=web`) will show first, to ask for as the
 * app starts; null when it shows none (another area, or a tag's list, which is not kept). Only the
 * start page: the Droplets screen's whole list, as its view reads the address (a blank tag is none).
 */
export const startKeptList = (hash: string): RequestOf<'lists.lastKnown'> | null => {
  if (areaOfHash(hash) !== 'droplets') return null;
  const at = hash.indexOf('?');
  const tag = at === -1 ? '' : (new URLSearchParams(hash.slice(at + 1)).get('tag')?.trim() ?? '');
  return tag === '' ? { list: 'droplets' } : null;
};
