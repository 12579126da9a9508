/**
 * Code the ui-first-row bench runs inside the panel's page, as source text (it runs in Chromium, and
 * must be there before the app starts). Times are `performance.now()`: milliseconds since the page's
 * navigation started, so a reload starts the clock.
 *
 * - `firstRowAt`: the end of the next frame after the grid's first droplet row appears.
 * - `listAnswerAt`: when the answer to the `droplets.list` call arrived over the WebSocket (stamped in
 *   a listener added before the app's own), which the main side sends once the last page is in.
 */
export const firstRowProbe = String.raw`(() => {
  let settle;
  const bench = (window.__firstRowBench = { firstRowAt: null, listAnswerAt: null, done: new Promise((resolve) => (settle = resolve)) });
  const stamped = () => {
    if (bench.firstRowAt !== null && bench.listAnswerAt !== null) settle({ firstRowAt: bench.firstRowAt, listAnswerAt: bench.listAnswerAt });
  };
  const firstRow = () => document.querySelector('[role="grid"][aria-label="Droplets"] [role="row"][aria-rowindex="2"]');
  const observer = new MutationObserver(() => {
    if (!firstRow()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.firstRowAt = performance.now();
        stamped();
      };
      channel.port2.postMessage(null);
    });
  });
  // The document, not its root element: this runs before the root element exists.
  observer.observe(document, { childList: true, subtree: true });
  const listCalls = new Set();
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (bench.listAnswerAt !== null || typeof event.data !== 'string') return;
        const head = event.data.slice(0, 80);
        const id = /"id":(\d+)/.exec(head);
        if (head.includes('"type":"result"') && id && listCalls.has(Number(id[1]))) {
          bench.listAnswerAt = performance.now();
          stamped();
        }
      });
    }
    send(data) {
      if (typeof data === 'string' && data.includes('"op":"droplets.list"')) {
        const id = /"id":(\d+)/.exec(data);
        if (id) listCalls.add(Number(id[1]));
      }
      super.send(data);
    }
  };
})();`;

/** Resolves with both stamps once both are in. */
export const firstRowStamps = 'window.__firstRowBench.done';
