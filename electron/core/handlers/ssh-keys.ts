import type { AreaHandlers, HandlerDeps } from './deps';

/** Uncached: the renderer keeps the keys per account for minutes (see shared/operations/ssh-keys.ts). */
export const sshKeyHandlers = ({ sessions }: Pick<HandlerDeps, 'sessions'>): AreaHandlers<'sshKeys.list'> => ({
  'sshKeys.list': async () => (await sessions.client()).sshKeys.listAll(),
});
