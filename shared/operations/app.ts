import type { ApiReachability, AppInfo } from '../app-types';
import { noInput, operation } from '../operation';

export const appOperations = {
  /** Name, version and runtime of the app. */
  'app.info': operation<AppInfo>()(noInput),
  /** Whether DigitalOcean answers now (the `api.reachability` event tells each change), for a window that opens mid-outage. */
  'app.reachability': operation<ApiReachability>()(noInput),
};
