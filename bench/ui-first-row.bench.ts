import { chromium, type Browser, type Page } from 'playwright-core';
import { startSimulator, type Simulator } from '../simulator/start';
import { FIRST_WRITE_AFTER_MS } from '../electron/core/last-known/last-known-lists';
import { chromiumFlags, ensureBuilt, startBuiltPanel, systemChromium } from './support/built-panel';
import { firstRowProbe, firstRowStamps } from './support/first-row-page';
import { summarize } from './support/stats';

/**
 * The first droplet row beside the whole list's answer, for 100, 1,000 and 10,000 droplets: the built
 * browser mode (rebuilt first when older than its sources) on a simulator with 50 ms added latency per
 * request, driven by the system Chromium, stamped in the page (support/first-row-page.ts).
 *
 * - A first load: a new panel with nothing kept, from the click that gives it the token. Progressive
 *   lists show page 1's rows as soon as it arrives, so the first row should come before the last page.
 * - A reload of a panel at rest, from its navigation start: the panel then shows the list it kept
 *   (warm start) and asks for the fresh one once those rows are drawn, so the time it asked is
 *   printed beside the answer.
 *
 * The whole list's answer at 10,000 is held to what it was before lists were streamed: 2.2 s after a
 * reload, when the list was asked for as the app started and nothing showed until the end.
 */

const SIZES = [100, 1_000, 10_000];
const RUNS = 3;
const LATENCY_MS = 50;
const BEFORE_STREAMING_MS = 2_200;

interface Stamps {
  firstRowAt: number;
  listAskedAt: number;
  listAnswerAt: number;
  clickAt: number | null;
}

const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
const median = (values: readonly number[]): string => ms(summarize(values).median);
const each = (values: readonly number[]): string => values.map(ms).join(', ');

/** The stamps of the load in progress, or a failure when they are not in within two minutes. */
const stamps = (page: Page): Promise<Stamps> =>
  Promise.race([
    page.evaluate(firstRowStamps) as Promise<Stamps>,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no first row or no list answer within 2 minutes')), 120_000).unref()),
  ]);

/**
 * Until the panel is at rest after a load: the whole fresh list drawn, and the main side's write of
 * the kept list (a moment after the answer) done, so a reload times itself and not that write.
 */
const settled = async (page: Page, droplets: number): Promise<void> => {
  await page.getByRole('grid', { name: 'Droplets' }).and(page.locator(`[aria-rowcount="${droplets + 1}"]`)).waitFor({ timeout: 120_000 });
  await page.getByText(/^Updated \d+ s ago$/).waitFor({ timeout: 120_000 });
  await new Promise((resolve) => setTimeout(resolve, FIRST_WRITE_AFTER_MS + 500));
};

/** A new panel with its own empty settings, the page opened and given the token. */
const openPanel = async (browser: Browser, sim: Simulator) => {
  const panel = await startBuiltPanel({ DIGITALOCEAN_API_URL: sim.url, DIGITALOCEAN_ACCESS_TOKEN: sim.tokens[0] ?? '' });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript({ content: firstRowProbe });
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Use DIGITALOCEAN_ACCESS_TOKEN' }).click();
  return {
    page,
    close: async () => {
      await page.close();
      await panel.stop();
    },
  };
};

const measureSize = async (browser: Browser, droplets: number): Promise<string[]> => {
  const sim = await startSimulator({
    seed: `large:${droplets}`,
    clock: 'real',
    faults: { latencyMs: LATENCY_MS },
    // Repeated loads of up to 51 requests each would otherwise wait on the per-minute budget.
    rateLimits: { perMinute: 1_000_000, perHour: 1_000_000 },
  });
  try {
    const first: Stamps[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const panel = await openPanel(browser, sim);
      try {
        first.push(await stamps(panel.page));
      } finally {
        await panel.close();
      }
    }
    const reloads: Stamps[] = [];
    const panel = await openPanel(browser, sim);
    try {
      // The first load's answer is what the panel keeps for the reloads' warm start.
      await stamps(panel.page);
      for (let run = 0; run < RUNS; run += 1) {
        await settled(panel.page, droplets);
        await panel.page.reload();
        reloads.push(await stamps(panel.page));
      }
    } finally {
      await panel.close();
    }
    const fromClick = (at: (one: Stamps) => number) => first.map((one) => at(one) - (one.clickAt ?? 0));
    const firstBefore = first.filter((one) => one.firstRowAt < one.listAnswerAt).length;
    const count = droplets.toLocaleString('en-US');
    return [
      `${count} droplets, first load: first row ${median(fromClick((one) => one.firstRowAt))} (${each(fromClick((one) => one.firstRowAt))}), ` +
        `whole list's answer ${median(fromClick((one) => one.listAnswerAt))} (${each(fromClick((one) => one.listAnswerAt))}); first row first in ${firstBefore} of ${RUNS}`,
      `${count} droplets, reload: kept rows' first row ${median(reloads.map((one) => one.firstRowAt))} (${each(reloads.map((one) => one.firstRowAt))}), ` +
        `fresh list asked ${median(reloads.map((one) => one.listAskedAt))} (${each(reloads.map((one) => one.listAskedAt))}), ` +
        `whole list's answer ${median(reloads.map((one) => one.listAnswerAt))} (${each(reloads.map((one) => one.listAnswerAt))})`,
      ...(droplets === 10_000
        ? [
            `${count} droplets, the whole list's answer after a reload against ${ms(BEFORE_STREAMING_MS)} before streaming (target: no slower): ` +
              `${median(reloads.map((one) => one.listAnswerAt))}, of which ${median(reloads.map((one) => one.listAskedAt))} before the list was asked ` +
              `(the kept rows drawn first) and ${median(reloads.map((one) => one.listAnswerAt - one.listAskedAt))} asked → answered`,
          ]
        : []),
    ];
  } finally {
    await sim.close();
  }
};

export const benchUiFirstRow = async (): Promise<string[]> => {
  const rebuilt = ensureBuilt();
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
  try {
    const lines: string[] = [];
    for (const droplets of SIZES) lines.push(...(await measureSize(browser, droplets)));
    return [
      ...(rebuilt ? ['(built the app first: dist-electron was older than its sources)'] : []),
      `first droplet row and the list's last page answered, ${LATENCY_MS} ms latency, median of ${RUNS} (each run in brackets); a first load from the token's click, a reload from its start`,
      ...lines,
      '(target: on a first load, the first row before the last page wherever there is more than one: 1,000 and 10,000; 100 droplets are one page)',
    ];
  } finally {
    await browser.close();
  }
};
