import type { InFlightAction } from '../action-types';
import { noInput, operation } from '../operation';

export const actionOperations = {
  /** The actions in flight on the current account, with the tracker's progress estimates; sends no API request. */
  'actions.tracked': operation<InFlightAction[]>()(noInput),
};
