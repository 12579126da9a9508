import type { Handlers } from '../dispatch';
import type { RecentSettled } from '../tray/recent-settled';

/** Answers from memory: what settled since the account became current, newest first. */
export const actionsRecentHandler =
  (recent: RecentSettled): Handlers['actions.recent'] =>
  async () =>
    recent.list();
