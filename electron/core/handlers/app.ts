import type { AreaHandlers, HandlerDeps } from './deps';

export const appHandlers = ({ info, accounts, tracker }: HandlerDeps): AreaHandlers<'app.info' | 'app.windowVisibility'> => ({
  /** The static facts, with the API the current account talks to (the simulator's while the demo is active). */
  'app.info': async () => ({ ...info, apiBaseUrl: await accounts.apiBaseUrl() }),
  'app.windowVisibility': async ({ hidden }) => {
    tracker.setWindowHidden(hidden);
    return { hidden };
  },
});
