import type { ApiReachability, AppInfo } from '../app-types';
import { noInput, operation } from '../operation';
import { z } from '../zod';

export const appOperations = {
  /** Name, version and runtime of the app. */
  'app.info': operation<AppInfo>()(noInput),
  /** The window was hidden (minimized, in the tray, another tab on top) or shown: while hidden, idle watching slows down. */
  'app.windowVisibility': operation<{ hidden: boolean }>()(z.object({ hidden: z.boolean() }).strict()),
  /** Whether DigitalOcean answers now (the `api.reachability` event tells each change), for a window that opens mid-outage. */
  'app.reachability': operation<ApiReachability>()(noInput),
};
