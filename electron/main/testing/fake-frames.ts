import type { IpcMainInvokeEvent } from 'electron';

/** The two fields of a WebFrameMain the sender check reads. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export const trustedOrigin = 'app://panel';

/** A top frame showing `url` (the app's own page by default). */
export const mainFrame = (url = 'app://panel/index.html'): FakeFrame => ({ url, parent: null });

/** An invoke event from `frame`, sent by a page whose top frame is `top`. */
export const eventFrom = (frame: FakeFrame | null, top: FakeFrame | null = frame) =>
  ({ senderFrame: frame, sender: { mainFrame: top } }) as unknown as IpcMainInvokeEvent;
