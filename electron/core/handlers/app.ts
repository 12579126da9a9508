import type { AreaHandlers, HandlerDeps } from './deps';

export const appHandlers = ({ info, accounts, tracker, reachability }: HandlerDeps): AreaHandlers<'app.info' | 'app.windowVisibility' | 'app.reachability'> => ({
  /** The static facts, with the API the current account talks to (the simulator's while the demo is active). */
  'app.info': async () => ({ ...info, apiBaseUrl: await accounts.apiBaseUrl() }),
  'app.windowVisibility': async ({ hidden }) => {
    tracker.setWindowHidden(hidden);
    return { hidden };
  },
  /** What the main side's last request found; no request of its own. */
  'app.reachability': async () => reachability(),
});
