import { regions } from '../catalogue/regions';
import { sizes } from '../catalogue/sizes';
import type { Route } from '../router';
import { regionView, sizeView } from '../views/catalogue';
import { listReply } from './helpers';

export const catalogueRoutes = (): Route[] => [
  { method: 'GET', path: '/v2/regions', handle: (request) => listReply(request, 'regions', regions, regionView) },
  { method: 'GET', path: '/v2/sizes', handle: (request) => listReply(request, 'sizes', sizes, sizeView) },
];
