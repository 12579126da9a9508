import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannel, operationChannel, panelGlobalName } from '../../shared/channels';
import type { PanelApi } from '../../shared/contract';
import { isEventName, type EventListener, type EventName, type EventPayloadOf } from '../../shared/events';
import { operationMethods, type SendOperation } from '../../shared/operation-methods';
import type { Result } from '../../shared/result';

/*
 * The whole of what the sandboxed UI can reach: one frozen global with a named method per contract
 * operation and `on` for events. No channel name is ever taken from the page (each method carries its
 * operation's name from the bundled list in shared/operation-names.ts, and `on` refuses event names
 * outside the contract), and nothing of ipcRenderer (not even the IPC event) crosses into it. Runtime
 * imports come only from zod-free shared modules, so the request schemas stay on the main side.
 */

// The options go as given: the main side checks them, and they can only lower the call's priority.
const invoke: SendOperation = (name, request, options) =>
  (options === undefined
    ? ipcRenderer.invoke(operationChannel(name), request)
    : ipcRenderer.invoke(operationChannel(name), request, options)) as Promise<Result<unknown>>;

const on = <E extends EventName>(event: E, listener: EventListener<E>): (() => void) => {
  if (!isEventName(event)) throw new TypeError(`Unknown event: ${String(event)}`);
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
  const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown): void => {
    if (name === event) listener(payload as EventPayloadOf<E>);
  };
  ipcRenderer.on(eventChannel, forward);
  return () => {
    ipcRenderer.removeListener(eventChannel, forward);
  };
};

// Built from the bundled list of names, which contract.ts proves matches the operations exactly.
const api: PanelApi = {
  ...operationMethods(invoke),
  on,
};

contextBridge.exposeInMainWorld(panelGlobalName, Object.freeze(api));
