import { probeBasics } from './page-probes';

/**
 * Code the ui-list bench runs inside the panel's page, as source text: it runs in Chromium, not in
 * Node (whose types this project compiles the bench with), and it must be there before the app starts.
 */

/**
 * Installed before any of the page's scripts on every load. It wraps WebSocket so that the moment
 * the list's data starts to arrive (its first page, or the answer to a `droplets.list` call) is
 * stamped (performance.now(), in a listener added before the app's own, so the app's parsing and
 * rendering come after the stamp), then watches for the grid's first droplet row and stamps the end
 * of the next frame after it appears.
 */
export const listProbe = String.raw`(() => {
  ${probeBasics}
  let settle;
  const bench = (window.__uiBench = { listAnswerAt: null, delay: new Promise((resolve) => (settle = resolve)) });
  window.__afterNextFrame = afterNextFrame;
  watchSocket(
    (data) => data.includes('"op":"droplets.list"'),
    (head, answersCall) => {
      if (bench.listAnswerAt !== null) return;
      // The list's data arrives with its first page (a lists.page event) since lists are shown page by page.
      const firstPage = head.includes('"type":"event"') && head.includes('"event":"lists.page"');
      if (!firstPage && !answersCall) return;
      bench.listAnswerAt = performance.now();
      whenFirstRow(() => afterNextFrame((at) => settle(at - bench.listAnswerAt)));
    },
  );
})();`;

/** Milliseconds from the data's arrival to the end of the frame that showed the first row, when that frame has ended. */
export const listPaintDelay = 'window.__uiBench.delay';

/**
 * Arms the measurement of the next keystroke in the focused search box: from its keydown to the end
 * of the next frame after the grid changed (its rows, their text, or its row count). Resolves to
 * null when the grid did not change within 5 s.
 */
export const armKeystroke = String.raw`(() => {
  const grid = document.querySelector('[role="grid"][aria-label="Droplets"]');
  const box = document.activeElement;
  window.__keystroke = new Promise((resolve) => {
    let start = null;
    box.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
    const observer = new MutationObserver(() => {
      if (start === null) return;
      observer.disconnect();
      clearTimeout(timer);
      window.__afterNextFrame((end) => resolve(end - start));
    });
    observer.observe(grid, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-rowcount'] });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 5000);
  });
})()`;

export const keystrokeDelay = 'window.__keystroke';

/**
 * A page with nothing but a text box, for the same keystroke measure with no app behind it: from the
 * keydown to the end of the next frame. What this Chromium on this machine needs at the least to
 * show a typed character, whatever the app does.
 */
export const emptyTypingPage = String.raw`<!doctype html><title>floor</title><input aria-label="floor" autofocus><script>
  ${probeBasics}
  window.__armFloor = () => {
    window.__keystroke = new Promise((resolve) => {
      document.querySelector('input').addEventListener('keydown', () => {
        const start = performance.now();
        afterNextFrame((end) => resolve(end - start));
      }, { once: true, capture: true });
    });
  };
</script>`;
