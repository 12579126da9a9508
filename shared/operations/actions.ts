import type { ActionHistoryPage } from '../action-history-types';
import type { ActionSettled, InFlightAction } from '../action-types';
import { noInput, operation } from '../operation';
import { z } from '../zod';

/** DigitalOcean's own default page size; 200 is its largest (FACTS.md §6). */
const defaultPerPage = 20;

const historyPage = z
  .object({
    page: z.number().int().min(1).default(1),
    perPage: z.number().int().min(1).max(200).default(defaultPerPage),
  })
  .strict();

export const actionOperations = {
  /** The actions in flight on the current account, with the tracker's progress estimates; sends no API request. */
  'actions.tracked': operation<InFlightAction[]>()(noInput),
  /** One page of every action on the account, newest first, with the total: the Activity view. */
  'actions.history': operation<ActionHistoryPage>()(historyPage),
  /** The last 50 tracked actions that settled on the current account, newest first; kept in memory, sends no API request. */
  'actions.recent': operation<ActionSettled[]>()(noInput),
};
