import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannel, operationChannel, panelGlobalName } from '../../shared/channels';
import type { OperationName, PanelApi, RequestOf, ResponseOf } from '../../shared/contract';
import { isEventName, type EventListener, type EventName, type EventPayloadOf } from '../../shared/events';
import type { Result } from '../../shared/result';

/*
 * The whole of what the sandboxed UI can reach: one frozen global with a named method per contract
 * operation and `on` for events. No channel name is ever taken from the page (operation names are
 * literals below), and nothing of ipcRenderer (not even the IPC event) crosses into it. Runtime
 * imports come only from zod-free shared modules, so the request schemas stay on the main side.
 */

const invoke = <K extends OperationName>(name: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> =>
  ipcRenderer.invoke(operationChannel(name), request) as Promise<Result<ResponseOf<K>>>;

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

// Spelled out per operation: a new contract operation fails the typecheck until it is added here.
const api: PanelApi = {
  'app.info': (request) => invoke('app.info', request),
  'accounts.list': (request) => invoke('accounts.list', request),
  'accounts.add': (request) => invoke('accounts.add', request),
  'accounts.remove': (request) => invoke('accounts.remove', request),
  'accounts.switch': (request) => invoke('accounts.switch', request),
  'accounts.current': (request) => invoke('accounts.current', request),
  'actions.tracked': (request) => invoke('actions.tracked', request),
  on,
};

contextBridge.exposeInMainWorld(panelGlobalName, Object.freeze(api));
