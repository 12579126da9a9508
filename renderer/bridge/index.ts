import { panelGlobalName } from '../../shared/channels';
import type { PanelApi } from '../../shared/contract';
import { createSocketBridge } from './socket-bridge';

declare global {
  interface Window {
    [panelGlobalName]?: PanelApi;
  }
}

/**
 * The one place that knows two runtimes exist: the desktop preload's global when present,
 * otherwise the browser-mode socket. Everything else imports `bridge` and stays unaware.
 */
export const bridge: PanelApi = window[panelGlobalName] ?? createSocketBridge();
