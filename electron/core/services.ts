import type { AppInfo, Runtime } from '../../shared/app-types';
import { apiBaseUrl } from './config';
import { createDispatch, type Dispatch } from './dispatch';
import { createEventBus, type EventBus } from './event-bus';
import { createHandlers } from './handlers';
import type { Logger } from './log';

export interface CoreOptions {
  runtime: Runtime;
  name: string;
  version: string;
  env: Readonly<Record<string, string | undefined>>;
  versions: AppInfo['versions'];
  platform: string;
  log: Logger;
}

/** The main side's services, wired once and shared by whichever transport serves them. */
export interface Core {
  dispatch: Dispatch;
  events: EventBus;
  info: AppInfo;
}

export const createCore = ({ runtime, name, version, env, versions, platform, log }: CoreOptions): Core => {
  const info: AppInfo = { name, version, runtime, platform, versions, apiBaseUrl: apiBaseUrl(env) };
  const events = createEventBus();
  const dispatch = createDispatch(createHandlers({ info, env }), log.child('dispatch'));
  return { dispatch, events, info };
};
