import { probeBasics } from './page-probes';

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
  ${probeBasics}
  let settle;
  const bench = (window.__firstRowBench = { firstRowAt: null, listAnswerAt: null, done: new Promise((resolve) => (settle = resolve)) });
  const stamped = () => {
    if (bench.firstRowAt !== null && bench.listAnswerAt !== null) settle({ firstRowAt: bench.firstRowAt, listAnswerAt: bench.listAnswerAt });
  };
  whenFirstRow(() =>
    afterNextFrame((at) => {
      bench.firstRowAt = at;
      stamped();
    }),
  );
  watchSocket(
    (data) => data.includes('"op":"droplets.list"'),
    (_head, answersCall) => {
      if (bench.listAnswerAt !== null || !answersCall) return;
      bench.listAnswerAt = performance.now();
      stamped();
    },
  );
})();`;

/** Resolves with both stamps once both are in. */
export const firstRowStamps = 'window.__firstRowBench.done';
