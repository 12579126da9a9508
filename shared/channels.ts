/** Name of the global the preload exposes in the desktop app. */
export const panelGlobalName = 'doPanel';

/** IPC channel that carries one operation. */
export const operationChannel = (name: string): string => `panel:op:${name}`;

/** IPC channel that carries every pushed event. */
export const eventChannel = 'panel:event';
