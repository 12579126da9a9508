import type { Route } from '../router';
import type { World } from '../world';
import { ok } from './helpers';

export const accountRoutes = (world: World): Route[] => [
  {
    method: 'GET',
    path: '/v2/account',
    handle: () => {
      const account = world.store.account;
      return ok({
        account: {
          droplet_limit: account.dropletLimit,
          floating_ip_limit: account.floatingIpLimit,
          email: account.email,
          name: account.name,
          uuid: account.uuid,
          email_verified: true,
          status: 'active',
          status_message: '',
          team: { uuid: account.teamUuid, name: account.teamName },
        },
      });
    },
  },
];
