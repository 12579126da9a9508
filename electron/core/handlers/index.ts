import type { AppInfo } from '../../../shared/app-types';
import type { Handlers } from '../dispatch';
import { accountStatusHandler } from './account-status';
import { appInfoHandler } from './app-info';

export interface HandlerDeps {
  info: AppInfo;
  env: Readonly<Record<string, string | undefined>>;
}

/** The handler map both transports serve. */
export const createHandlers = ({ info, env }: HandlerDeps): Handlers => ({
  'app.info': appInfoHandler(info),
  'account.status': accountStatusHandler(env),
});
