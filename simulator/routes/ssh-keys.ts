import { addSshKey, findSshKey, renameSshKey } from '../domain/ssh-keys';
import { notFound } from '../errors';
import type { Route, RouteRequest } from '../router';
import type { SshKeyRecord } from '../state';
import { sshKeyView } from '../views/ssh-key';
import type { World } from '../world';
import { bodyObject, listReply, noContent, ok } from './helpers';

/** The path names a key by id or by fingerprint. */
const findKey = (world: World, request: RouteRequest): SshKeyRecord => {
  const key = findSshKey(world.store, request.params.ssh_key_identifier ?? '');
  if (!key) throw notFound();
  return key;
};

export const sshKeyRoutes = (world: World): Route[] => [
  { method: 'GET', path: '/v2/account/keys', handle: (request) => listReply(request, 'ssh_keys', [...world.store.sshKeys.values()], sshKeyView) },
  {
    method: 'POST',
    path: '/v2/account/keys',
    handle: (request) => {
      const body = bodyObject(request);
      return ok({ ssh_key: sshKeyView(addSshKey(world.store, body.name, body.public_key)) }, 201);
    },
  },
  { method: 'GET', path: '/v2/account/keys/{ssh_key_identifier}', handle: (request) => ok({ ssh_key: sshKeyView(findKey(world, request)) }) },
  {
    method: 'PUT',
    path: '/v2/account/keys/{ssh_key_identifier}',
    handle: (request) => ok({ ssh_key: sshKeyView(renameSshKey(findKey(world, request), bodyObject(request).name)) }),
  },
  {
    method: 'DELETE',
    path: '/v2/account/keys/{ssh_key_identifier}',
    handle: (request) => {
      world.store.sshKeys.delete(findKey(world, request).id);
      return noContent();
    },
  },
];
