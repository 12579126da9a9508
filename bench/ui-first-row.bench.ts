import { chromium, type Page } from 'playwright-core';
import { startSimulator } from '../simulator/start';
import { chromiumFlags, ensureBuilt, startBuiltPanel, systemChromium } from './support/built-panel';
import { firstRowProbe, firstRowStamps } from './support/first-row-page';
import { summarize } from './support/stats';

/**
 * Reload → first droplet row, beside reload → the whole list's answer, for 100, 1,000 and 10,000
 * droplets: the built browser mode (rebuilt first when older than its sources) on a simulator with
 * 50 ms added latency per request, driven by the system Chromium. Progressive lists show page 1's
 * rows as soon as it arrives, so the first row should come before the last page at every size.
 * Both times are from the reload's navigation start, stamped in the page (support/first-row-page.ts).
 */

const SIZES = [100, 1_000, 10_000];
const RUNS = 3;
const LATENCY_MS = 50;

interface Stamps {
  firstRowAt: number;
  listAnswerAt: number;
}

const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;

/** Both stamps of the load in progress, or a failure when they are not in within two minutes. */
const stamps = (page: Page): Promise<Stamps> =>
  Promise.race([
    page.evaluate(firstRowStamps) as Promise<Stamps>,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no first row or no list answer within 2 minutes')), 120_000).unref()),
  ]);

const measureSize = async (browser: Awaited<ReturnType<typeof chromium.launch>>, droplets: number): Promise<string> => {
  const sim = await startSimulator({
    seed: `large:${droplets}`,
    clock: 'real',
    faults: { latencyMs: LATENCY_MS },
    // Repeated loads of up to 51 requests each would otherwise wait on the per-minute budget.
    rateLimits: { perMinute: 1_000_000, perHour: 1_000_000 },
  });
  const panel = await startBuiltPanel({ DIGITALOCEAN_API_URL: sim.url, DIGITALOCEAN_ACCESS_TOKEN: sim.tokens[0] ?? '' });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: firstRowProbe });
    await page.goto(panel.url);
    await page.getByRole('button', { name: 'Use DIGITALOCEAN_ACCESS_TOKEN' }).click();
    await page.getByRole('grid', { name: 'Droplets' }).locator('[aria-rowindex="2"]').waitFor({ timeout: 120_000 });
    const runs: Stamps[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.reload();
      runs.push(await stamps(page));
    }
    const first = summarize(runs.map((one) => one.firstRowAt));
    const whole = summarize(runs.map((one) => one.listAnswerAt));
    const before = runs.filter((one) => one.firstRowAt < one.listAnswerAt).length;
    return (
      `${droplets.toLocaleString('en-US')} droplets: first row ${ms(first.median)} (${runs.map((one) => ms(one.firstRowAt)).join(', ')}), ` +
      `last page answered ${ms(whole.median)} (${runs.map((one) => ms(one.listAnswerAt)).join(', ')}); first row first in ${before} of ${RUNS}`
    );
  } finally {
    await panel.stop();
    await sim.close();
  }
};

export const benchUiFirstRow = async (): Promise<string[]> => {
  const rebuilt = ensureBuilt();
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
  try {
    const lines: string[] = [];
    for (const droplets of SIZES) lines.push(await measureSize(browser, droplets));
    return [
      ...(rebuilt ? ['(built the app first: dist-electron was older than its sources)'] : []),
      `reload → first droplet row and → the list's last page, ${LATENCY_MS} ms latency, median of ${RUNS} reloads (each run in brackets)`,
      ...lines,
      '(target: first row before the last page, at every size)',
    ];
  } finally {
    await browser.close();
  }
};
