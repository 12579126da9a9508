import type { IpcMainInvokeEvent } from 'electron';
import { originOf } from './url-origin';

/**
 * Why a call must be refused, or null if it comes from the trusted UI: the top frame of a page on
 * the trusted origin. Subframes, other origins and frames already gone are all refused, so nothing
 * but the app's own page can reach the main side, whatever ends up loaded.
 */
export const senderRefusal = (
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  trustedOrigin: string,
): string | null => {
  const frame = event.senderFrame;
  if (!frame) return 'the calling frame is gone';
  if (frame.parent !== null || frame !== event.sender.mainFrame) return 'the call came from a subframe';
  if (originOf(frame.url) !== trustedOrigin) return 'the call came from an untrusted origin';
  return null;
};
