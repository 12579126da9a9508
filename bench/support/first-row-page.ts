import { probeBasics } from './page-probes';

/**
 * Code the ui-first-row bench runs inside the panel's page, as source text (it runs in Chromium, and
 * must be there before the app starts). Times are `performance.now()`: milliseconds since the page's
 * navigation started, so a reload starts the clock.
 *
 * - `firstRowAt`: the end of the next frame after the grid's first droplet row appears.
 * - `listAskedAt`: when the page sent its `droplets.list` call (on a reload with a kept list, only
 *   once the kept rows are drawn).
 * - `listAnswerAt`: when the answer to that call arrived over the WebSocket (stamped in a listener
 *   added before the app's own), which the main side sends once the last page is in.
 * - `clickAt`: the page's first click (the "Use DIGITALOCEAN_ACCESS_TOKEN" button of a new panel),
 *   null on a reload: what a first load's times count from.
 */
export const firstRowProbe = String.raw`(() => {
  ${probeBasics}
  let settle;
  const bench = (window.__firstRowBench = { firstRowAt: null, listAskedAt: null, listAnswerAt: null, clickAt: null, done: new Promise((resolve) => (settle = resolve)) });
  const stamped = () => {
    if (bench.firstRowAt !== null && bench.listAnswerAt !== null) {
      settle({ firstRowAt: bench.firstRowAt, listAskedAt: bench.listAskedAt, listAnswerAt: bench.listAnswerAt, clickAt: bench.clickAt });
    }
  };
  document.addEventListener('click', () => {
    if (bench.clickAt === null) bench.clickAt = performance.now();
  }, true);
  whenFirstRow(() =>
    afterNextFrame((at) => {
      bench.firstRowAt = at;
      stamped();
    }),
  );
  watchSocket(
    (data) => {
      const asks = data.includes('"op":"droplets.list"');
      if (asks && bench.listAskedAt === null) bench.listAskedAt = performance.now();
      return asks;
    },
    (_head, answersCall) => {
      if (bench.listAnswerAt !== null || !answersCall) return;
      bench.listAnswerAt = performance.now();
      stamped();
    },
  );
})();`;

/** Resolves with the stamps once the first row and the answer are both in. */
export const firstRowStamps = 'window.__firstRowBench.done';
