import type { AreaHandlers, HandlerDeps } from './deps';
import { appInfoHandler } from './app-info';

export const appHandlers = ({ info, accounts }: HandlerDeps): AreaHandlers<'app.info'> => ({
  'app.info': appInfoHandler(info, accounts),
});
