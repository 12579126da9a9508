import type { ActionSettled, InFlightAction } from '../../../shared/action-types';
import { actionName } from '../../../shared/actions/catalogue';
import { formatDuration, runningText, settledTitle, unconfirmedText } from '../../../shared/actions/words';

const separator = ' · ';

const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** "Snapshot · web-01 · about 3 min left", "Reboot · web-02 · in progress", or "… · status unknown since 14:02". */
export const inFlightLabel = (action: InFlightAction): string =>
  [
    actionName(action.type),
    action.resource.name,
    action.unconfirmedSince === undefined ? runningText(action.progress, action.elapsedMs) : unconfirmedText(clock.format(new Date(action.unconfirmedSince))),
  ].join(separator);

/** "Snapshot completed · web-01 · 3 min 5 s", or "Reboot failed · web-02 · 40 s". */
export const settledLabel = (settled: ActionSettled): string =>
  [settledTitle(settled), settled.resource.name, formatDuration(settled.durationMs)].join(separator);

/** "1 action in progress", "3 actions in progress", "Nothing in progress". */
export const inFlightSummary = (count: number): string =>
  count === 0 ? 'Nothing in progress' : `${count} ${count === 1 ? 'action' : 'actions'} in progress`;
