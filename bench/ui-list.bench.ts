import { chromium, type Page } from 'playwright-core';
import { startSimulator } from '../simulator/start';
import { chromiumFlags, ensureBuilt, startBuiltPanel, systemChromium } from './support/built-panel';
import { summarize } from './support/stats';
import { armKeystroke, emptyTypingPage, keystrokeDelay, listPaintDelay, listProbe } from './support/ui-list-page';

/**
 * The Droplets screen in Chromium with 10,000 droplets: the built browser mode (rebuilt first when
 * older than its sources) on the simulator's `large:10000` account, through the session-only
 * account DIGITALOCEAN_ACCESS_TOKEN gives, driven by the system Chromium.
 *
 * - List: a script installed before the app stamps, with performance.now(), the arrival of the
 *   list's first data over the WebSocket (the first `lists.page` event, as lists are shown page by
 *   page, or the frame answering `droplets.list`; its listener runs before the app's), then the end of
 *   the next frame after the grid's first droplet row appears (a task posted from a
 *   requestAnimationFrame callback runs once that frame is produced). The difference covers parsing
 *   the answer, react-query, filtering, sorting and rendering. Measured on LOADS reloads; the list's
 *   transfer from the simulator is not in it.
 * - Search: keystrokes typed one at a time in the search box, each from its keydown (stamped in the
 *   page) to the end of the next frame after the grid changed (rows, their text or its row count).
 *   Most keystrokes of a realistic query change nothing (10,000 names like `web-prod-00042`: "web"
 *   and "web-" match the same droplets), and an unchanged list has no repaint to time, so the text
 *   is fragments of IP addresses, each typed into an empty box, where every character narrows the
 *   list: the costly case, where rows are replaced. Clearing the box between them is not timed.
 *   Printed beside it, the floor: the same characters typed in an empty page's text box, timed the
 *   same way, which is what any keystroke costs in this Chromium on this machine.
 * - Heap: Runtime.getHeapUsage after a garbage collection, once the list is loaded and after the
 *   search: what the page keeps alive.
 */

const DROPLETS = 10_000;
const LOADS = 5;
/** 30 characters: on this seed each one narrows the list (checked by the bench: a keystroke that changes nothing is reported). */
export const KEYSTROKE_FRAGMENTS = ['3.198.172', '6.190.143', '8.199.125', 'b-s'];

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
const msText = (value: number): string => `${Math.round(value)} ms`;

const grid = (page: Page) => page.getByRole('grid', { name: 'Droplets' });

const waitForFullList = (page: Page) => grid(page).and(page.locator(`[aria-rowcount="${DROPLETS + 1}"]`)).waitFor({ timeout: 60_000 });

const heapUsed = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
};

const listPaint = async (page: Page): Promise<number> => {
  const delay = await page.evaluate(listPaintDelay);
  if (typeof delay !== 'number') throw new Error('the list was not seen painted');
  return delay;
};

export const benchUiList = async (): Promise<string[]> => {
  const rebuilt = ensureBuilt();
  const sim = await startSimulator({
    seed: `large:${DROPLETS}`,
    clock: 'real',
    // Repeated loads of 50 pages each would otherwise wait on the per-minute budget.
    rateLimits: { perMinute: 1_000_000, perHour: 1_000_000 },
  });
  const panel = await startBuiltPanel({ DIGITALOCEAN_API_URL: sim.url, DIGITALOCEAN_ACCESS_TOKEN: sim.tokens[0] ?? '' });
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: listProbe });
    await page.goto(panel.url);
    await page.getByRole('button', { name: 'Use DIGITALOCEAN_ACCESS_TOKEN' }).click();
    await waitForFullList(page);

    const loads: number[] = [];
    for (let load = 0; load < LOADS; load += 1) {
      await page.reload();
      loads.push(await listPaint(page));
      await waitForFullList(page);
    }
    const heapAfterLoad = await heapUsed(page);

    const search = page.getByRole('searchbox', { name: 'Search droplets' });
    const keystrokes: number[] = [];
    let unchanged = 0;
    for (const fragment of KEYSTROKE_FRAGMENTS) {
      await search.fill('');
      await waitForFullList(page);
      await search.focus();
      for (const character of fragment) {
        await page.evaluate(armKeystroke);
        await page.keyboard.press(character);
        const delay = await page.evaluate(keystrokeDelay);
        if (typeof delay === 'number') keystrokes.push(delay);
        else unchanged += 1;
      }
    }
    const heapAfterSearch = await heapUsed(page);

    // The floor: the same keystrokes in an empty page's text box, in this Chromium on this machine.
    const empty = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await empty.setContent(emptyTypingPage);
    await empty.getByRole('textbox', { name: 'floor' }).focus();
    const floor: number[] = [];
    for (const character of KEYSTROKE_FRAGMENTS.join('')) {
      await empty.evaluate('window.__armFloor()');
      await empty.keyboard.press(character);
      floor.push((await empty.evaluate(keystrokeDelay)) as number);
    }
    await empty.close();

    const list = summarize(loads);
    const typed = summarize(keystrokes);
    const bare = summarize(floor);
    return [
      ...(rebuilt ? ['(built the app first: dist-electron was older than its sources)'] : []),
      `list painted ${msText(list.median)} after data, median of ${LOADS} loads (max ${msText(list.max)}; target < 500 ms)`,
      `search keystroke median ${msText(typed.median)}, p95 ${msText(typed.p95)} over ${typed.count} keystrokes (target: under 30 ms p95)` +
        (unchanged > 0 ? `; ${unchanged} changed nothing and are left out` : ''),
      `  floor: the same keystrokes in an empty page's text box, keydown to the end of the next frame: median ${msText(bare.median)}, p95 ${msText(bare.p95)}`,
      `JS heap ${mb(heapAfterLoad)} after load, ${mb(heapAfterSearch)} after the search (target < 150 MB)`,
    ];
  } finally {
    await browser.close();
    await panel.stop();
    await sim.close();
  }
};
