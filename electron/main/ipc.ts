import { ipcMain, type WebContents } from 'electron';
import { eventChannel, operationChannel, operationNames, type OperationName } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import type { Logger } from '../core/log';
import type { Core } from '../core/services';
import { senderRefusal } from './sender-check';

export interface IpcOptions {
  core: Core;
  /** The only origin whose main frame may call operations. */
  trustedOrigin: string;
  /** The page events are pushed to, if one is open. */
  target: () => WebContents | undefined;
  log: Logger;
}

/**
 * Carries the contract over IPC: one invoke channel per operation, each refusing calls from anything
 * but the trusted page before the core validates and runs them, and one channel pushing core events
 * to the window. Returns a function that takes all of it down again.
 */
export const registerIpc = ({ core, trustedOrigin, target, log }: IpcOptions): (() => void) => {
  const handle = (name: OperationName): void => {
    ipcMain.handle(operationChannel(name), (event, request: unknown, options: unknown): Promise<Result<unknown>> => {
      const refusal = senderRefusal(event, trustedOrigin);
      if (refusal) {
        log.warn(`refused ${name}: ${refusal}`);
        return Promise.resolve(fail({ kind: 'forbidden', message: `This caller may not use ${name}.` }));
      }
      return core.dispatch(name, request, options);
    });
  };
  operationNames.forEach(handle);

  const unsubscribe = core.events.subscribe((name, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(eventChannel, name, payload);
  });

  return () => {
    unsubscribe();
    for (const name of operationNames) ipcMain.removeHandler(operationChannel(name));
  };
};
