import type { AppInfo } from '../app-types';
import { noInput, operation } from '../operation';

export const appOperations = {
  /** Name, version and runtime of the app. */
  'app.info': operation<AppInfo>()(noInput),
};
