import { chromium, type Page } from 'playwright-core';
import { startSimulator } from '../simulator/start';
import { chromiumFlags, ensureBuilt, startBuiltPanel, systemChromium } from './support/built-panel';
import { probeBasics } from './support/page-probes';
import { ms, summarize } from './support/stats';

/**
 * A warm start of the Droplets screen with 10,000 droplets and 50 ms added to every API answer: the
 * built browser mode on the simulator's `large:10000` account (DIGITALOCEAN_ACCESS_TOKEN's account),
 * its list loaded whole once so the main side keeps it, then reloaded RUNS times. For each reload,
 * from the moment it starts (wall clock, which the page and this process share):
 *
 * - the first droplet row shown: stamped in the page at the end of the next frame after the grid's
 *   first row appears (a task posted from a requestAnimationFrame callback runs once the frame is produced);
 * - the first page of the droplet list DigitalOcean answered for that reload: when the simulator,
 *   in this process, sent the first page after the reloaded page asked for the list (a page of the
 *   previous load's fetch, still answering, does not count).
 *
 * Warm start works when the first is well before the second: the margin between them is how long
 * the kept rows are on screen before a cold start would have shown any.
 */

const DROPLETS = 10_000;
const RUNS = 3;
/** The kept rows should be on screen at least one API round trip (the bench's added latency) before the fresh first page. */
const MARGIN_TARGET_MS = 50;

/**
 * Installed before the app on every load: when (epoch ms) the frame showing the first droplet row
 * ended, when the kept list's answer arrived over the page's socket (to tell loading from rendering),
 * and when the page asked for the fresh droplet list.
 */
const firstRowProbe = String.raw`(() => {
  ${probeBasics}
  let settle;
  window.__warmStart = new Promise((resolve) => (settle = resolve));
  window.__keptArrivedAt = null;
  window.__listAskedAt = null;
  const NativeSend = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (window.__listAskedAt === null && typeof data === 'string' && data.includes('"op":"droplets.list"')) {
      window.__listAskedAt = performance.timeOrigin + performance.now();
    }
    return NativeSend.call(this, data);
  };
  watchSocket(
    (data) => data.includes('"op":"lists.lastKnown"') && data.includes('droplets'),
    (_head, answersCall) => {
      if (window.__keptArrivedAt === null && answersCall) window.__keptArrivedAt = performance.timeOrigin + performance.now();
    },
  );
  whenFirstRow(() => afterNextFrame((at) => settle(performance.timeOrigin + at)));
})();`;

const waitForFullList = (page: Page) =>
  page.getByRole('grid', { name: 'Droplets' }).and(page.locator(`[aria-rowcount="${DROPLETS + 1}"]`)).waitFor({ timeout: 120_000 });

/** The fresh list has replaced the kept one: its pages have all been answered. */
const waitForFreshList = async (page: Page) => {
  await waitForFullList(page);
  await page.getByText(/^Updated \d+ s ago$/).waitFor({ timeout: 120_000 });
};

export const benchWarmStart = async (): Promise<string[]> => {
  const rebuilt = ensureBuilt();
  // When each page of the droplet list was answered (epoch ms).
  const answered: number[] = [];
  const sim = await startSimulator({
    seed: `large:${DROPLETS}`,
    clock: 'real',
    rateLimits: { perMinute: 1_000_000, perHour: 1_000_000 },
    faults: { latencyMs: 50 },
    observe: (exchange) => {
      if (exchange.method === 'GET' && exchange.route === '/v2/droplets') answered.push(Date.now());
    },
  });
  const panel = await startBuiltPanel({ DIGITALOCEAN_API_URL: sim.url, DIGITALOCEAN_ACCESS_TOKEN: sim.tokens[0] ?? '' });
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: firstRowProbe });
    await page.goto(panel.url);
    await page.getByRole('button', { name: 'Use DIGITALOCEAN_ACCESS_TOKEN' }).click();
    // Complete once: from now on the main side holds the last-known list.
    await waitForFreshList(page);

    const lines: string[] = [];
    const margins: number[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      answered.length = 0;
      const reloadAt = Date.now();
      await page.reload();
      const firstRowAt = (await page.evaluate('window.__warmStart')) as number;
      const keptAt = (await page.evaluate('window.__keptArrivedAt')) as number | null;
      await waitForFreshList(page);
      const listAskedAt = (await page.evaluate('window.__listAskedAt')) as number | null;
      if (listAskedAt === null) throw new Error('the reload asked the main side for no droplet list');
      const ownPages = answered.filter((at) => at >= listAskedAt);
      if (ownPages.length === 0) throw new Error('the reload asked DigitalOcean for no droplets');
      const firstPageAt = Math.min(...ownPages);
      const lastPageAt = Math.max(...ownPages);
      margins.push(firstPageAt - firstRowAt);
      lines.push(
        `run ${run}: first droplet row ${ms(firstRowAt - reloadAt)} after the reload, first API page ${ms(firstPageAt - reloadAt)}: ` +
          `margin ${ms(firstPageAt - firstRowAt)} (${firstRowAt < firstPageAt ? 'rows first' : 'API first'}; target: at least ${MARGIN_TARGET_MS} ms); ` +
          `kept list in the page at ${keptAt === null ? 'n/a' : ms(keptAt - reloadAt)}, list asked at ${ms(listAskedAt - reloadAt)}, last API page ${ms(lastPageAt - reloadAt)}`,
      );
    }
    const margin = summarize(margins);
    return [
      ...(rebuilt ? ['(built the app first: dist-electron was older than its sources)'] : []),
      `warm start, ${DROPLETS.toLocaleString('en')} droplets at 50 ms latency, ${RUNS} reloads:`,
      ...lines,
      `margin kept rows → fresh first page: median ${ms(margin.median)} (${ms(margin.min)}–${ms(margin.max)}); target: at least ${MARGIN_TARGET_MS} ms, rows first in every reload`,
    ];
  } finally {
    await browser.close();
    await panel.stop();
    await sim.close();
  }
};
