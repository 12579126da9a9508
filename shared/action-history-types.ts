import type { Action } from './do-types';

/** One page of the account's actions, newest first, as the Activity view pages through them. */
export interface ActionHistoryPage {
  actions: Action[];
  page: number;
  perPage: number;
  /** How many actions the account has in all (`meta.total`). */
  total: number;
}
