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
  'images.list': (request) => invoke('images.list', request),
  'images.get': (request) => invoke('images.get', request),
  'images.importCustom': (request) => invoke('images.importCustom', request),
  'images.update': (request) => invoke('images.update', request),
  'images.delete': (request) => invoke('images.delete', request),
  'images.runAction': (request) => invoke('images.runAction', request),
  'images.actions': (request) => invoke('images.actions', request),
  'snapshots.list': (request) => invoke('snapshots.list', request),
  'snapshots.get': (request) => invoke('snapshots.get', request),
  'snapshots.delete': (request) => invoke('snapshots.delete', request),
  'catalog.regions': (request) => invoke('catalog.regions', request),
  'catalog.sizes': (request) => invoke('catalog.sizes', request),
  'sshKeys.list': (request) => invoke('sshKeys.list', request),
  'actions.history': (request) => invoke('actions.history', request),
  'actions.recent': (request) => invoke('actions.recent', request),
  'app.info': (request) => invoke('app.info', request),
  'preferences.get': (request) => invoke('preferences.get', request),
  'preferences.update': (request) => invoke('preferences.update', request),
  'accounts.list': (request) => invoke('accounts.list', request),
  'accounts.add': (request) => invoke('accounts.add', request),
  'accounts.remove': (request) => invoke('accounts.remove', request),
  'accounts.switch': (request) => invoke('accounts.switch', request),
  'accounts.current': (request) => invoke('accounts.current', request),
  'actions.tracked': (request) => invoke('actions.tracked', request),
  'droplets.list': (request) => invoke('droplets.list', request),
  'droplets.get': (request) => invoke('droplets.get', request),
  'droplets.create': (request) => invoke('droplets.create', request),
  'droplets.delete': (request) => invoke('droplets.delete', request),
  'droplets.deleteByTag': (request) => invoke('droplets.deleteByTag', request),
  'droplets.associatedResources': (request) => invoke('droplets.associatedResources', request),
  'droplets.deleteWithResources': (request) => invoke('droplets.deleteWithResources', request),
  'droplets.deleteStatus': (request) => invoke('droplets.deleteStatus', request),
  'droplets.deleteRetry': (request) => invoke('droplets.deleteRetry', request),
  'droplets.runAction': (request) => invoke('droplets.runAction', request),
  'droplets.runActionByTag': (request) => invoke('droplets.runActionByTag', request),
  'droplets.runActionEach': (request) => invoke('droplets.runActionEach', request),
  'droplets.kernels': (request) => invoke('droplets.kernels', request),
  'droplets.snapshots': (request) => invoke('droplets.snapshots', request),
  'droplets.backups': (request) => invoke('droplets.backups', request),
  'droplets.actions': (request) => invoke('droplets.actions', request),
  'droplets.neighbors': (request) => invoke('droplets.neighbors', request),
  'droplets.backupPolicy': (request) => invoke('droplets.backupPolicy', request),
  'droplets.metrics': (request) => invoke('droplets.metrics', request),
  'tags.list': (request) => invoke('tags.list', request),
  'tags.create': (request) => invoke('tags.create', request),
  'tags.delete': (request) => invoke('tags.delete', request),
  'tags.tagResources': (request) => invoke('tags.tagResources', request),
  'tags.untagResources': (request) => invoke('tags.untagResources', request),
  on,
};

contextBridge.exposeInMainWorld(panelGlobalName, Object.freeze(api));
