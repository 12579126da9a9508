import { AsyncLocalStorage } from 'node:async_hooks';
import { lowerPriority, type Priority } from '../../../shared/call-priority';

const scope = new AsyncLocalStorage<Priority>();

/**
 * Runs `work` with every request it makes to DigitalOcean, however deep, at most at `priority`: how a
 * call the renderer marked `visible` reaches the governor without each handler passing it along.
 */
export const atPriority = <T>(priority: Priority, work: () => Promise<T>): Promise<T> => scope.run(priority, work);

/** The priority a request goes at: the one asked for (`user` by default), lowered by the scope it runs in. */
export const effectivePriority = (asked: Priority | undefined): Priority => lowerPriority(asked ?? 'user', scope.getStore() ?? 'user');
