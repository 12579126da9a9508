import type { AppInfo } from '../../../shared/app-types';
import type { Handlers } from '../dispatch';

export const appInfoHandler =
  (info: AppInfo): Handlers['app.info'] =>
  async () =>
    info;
