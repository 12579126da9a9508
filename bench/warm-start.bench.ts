import { chromium, type Page } from 'playwright-core';
import { startSimulator } from '../simulator/start';
import { chromiumFlags, ensureBuilt, startBuiltPanel, systemChromium } from './support/built-panel';
import { probeBasics } from './support/page-probes';
import { ms } from './support/stats';

/**
 * A warm start of the Droplets screen with 10,000 droplets and 50 ms added to every API answer: the
 * built browser mode on the simulator's `large:10000` account (DIGITALOCEAN_ACCESS_TOKEN's account),
 * its list loaded whole once so the main side keeps it, then reloaded RUNS times. For each reload,
 * from the moment it starts (wall clock, which the page and this process share):
 *
 * - the first droplet row shown: stamped in the page at the end of the next frame after the grid's
 *   first row appears (a task posted from a requestAnimationFrame callback runs once the frame is produced);
 * - the first page of the droplet list DigitalOcean answered for that reload: when the simulator,
 *   in this process, sent it.
 *
 * Warm start works when the first is well before the second.
 */

const DROPLETS = 10_000;
const RUNS = 3;

/**
 * Installed before the app on every load: when (epoch ms) the frame showing the first droplet row
 * ended, and when the kept list's answer arrived over the page's socket (to tell loading from rendering).
 */
const firstRowProbe = String.raw`(() => {
  ${probeBasics}
  let settle;
  window.__warmStart = new Promise((resolve) => (settle = resolve));
  window.__keptArrivedAt = null;
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
    for (let run = 1; run <= RUNS; run += 1) {
      answered.length = 0;
      const reloadAt = Date.now();
      await page.reload();
      const firstRowAt = (await page.evaluate('window.__warmStart')) as number;
      const keptAt = (await page.evaluate('window.__keptArrivedAt')) as number | null;
      await waitForFreshList(page);
      const lastPageAt = Math.max(...answered);
      const firstPageAt = Math.min(...answered.filter((at) => at >= reloadAt));
      if (!Number.isFinite(firstPageAt)) throw new Error('the reload asked DigitalOcean for no droplets');
      lines.push(
        `run ${run}: first droplet row ${ms(firstRowAt - reloadAt)} after the reload, first API page ${ms(firstPageAt - reloadAt)} ` +
          `(${firstRowAt < firstPageAt ? 'rows first' : 'API first'}; target: last-known rows before the API answers); ` +
          `kept list in the page at ${keptAt === null ? 'n/a' : ms(keptAt - reloadAt)}, last API page ${ms(lastPageAt - reloadAt)}`,
      );
    }
    return [
      ...(rebuilt ? ['(built the app first: dist-electron was older than its sources)'] : []),
      `warm start, ${DROPLETS.toLocaleString('en')} droplets at 50 ms latency, ${RUNS} reloads:`,
      ...lines,
    ];
  } finally {
    await browser.close();
    await panel.stop();
    await sim.close();
  }
};
