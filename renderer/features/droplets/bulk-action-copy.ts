import { dropletKinds } from '../../../shared/actions/droplet-kinds';
import type { BulkWords } from '../../../shared/actions/entry';
import type { BulkActionKind } from './bulk-action-rules';

/** What a bulk action says: the catalogue's bulk words and the kind's tone. */
export interface BulkCopy extends BulkWords {
  tone: 'primary' | 'danger';
}

export const bulkCopy = (kind: BulkActionKind): BulkCopy => {
  const { bulk, tone } = dropletKinds[kind];
  // Every kind the bulk bar offers declares its bulk words: the catalogue test holds it to that.
  return { ...(bulk as BulkWords), tone };
};
