import type { PanelError } from '../../shared/result';
import { BridgeError } from './call';

/** Anything thrown outside the bridge is still shown in the same terms as a contract failure. */
export const panelErrorOf = (error: Error): PanelError =>
  error instanceof BridgeError ? error.detail : { kind: 'internal', message: error.message };
