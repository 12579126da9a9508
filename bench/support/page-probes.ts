/**
 * Pieces of the source text the Chromium benches install in the panel's page before the app starts
 * (they run in Chromium, not in Node, so they are strings). Each probe starts with these and then
 * says what it stamps.
 *
 * - `afterNextFrame(done)`: calls `done(performance.now())` at the end of the next frame (a
 *   requestAnimationFrame callback runs before the frame is painted, a task posted from it after).
 * - `whenFirstRow(done)`: calls `done()` once the Droplets grid's first row exists (at once if it does).
 * - `watchSocket(isCall, onFrame)`: wraps WebSocket so that every frame the main side sends is shown
 *   to `onFrame(head, answersCall)` in a listener added before the app's own (so the app's parsing
 *   and rendering come after it); `answersCall` says whether it is the result of a call whose request
 *   text `isCall` picked out.
 */
export const probeBasics = String.raw`
  const afterNextFrame = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  const firstRow = () => document.querySelector('[role="grid"][aria-label="Droplets"] [role="row"][aria-rowindex="2"]');
  const whenFirstRow = (done) => {
    if (firstRow()) return done();
    const observer = new MutationObserver(() => {
      if (!firstRow()) return;
      observer.disconnect();
      done();
    });
    // The document, not its root element: a probe runs before the root element exists.
    observer.observe(document, { childList: true, subtree: true });
  };
  const watchSocket = (isCall, onFrame) => {
    const calls = new Set();
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (event) => {
          if (typeof event.data !== 'string') return;
          const head = event.data.slice(0, 80);
          const id = /"id":(\d+)/.exec(head);
          onFrame(head, Boolean(id && head.includes('"type":"result"') && calls.has(Number(id[1]))));
        });
      }
      send(data) {
        if (typeof data === 'string' && isCall(data)) {
          const id = /"id":(\d+)/.exec(data);
          if (id) calls.add(Number(id[1]));
        }
        super.send(data);
      }
    };
  };
`;
