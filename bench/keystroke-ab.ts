import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startSimulator } from '../simulator/start';
import { repoRoot, startReadyProcess, type ReadyProcess } from '../support/ready-process';
import { chromiumFlags, ensureBuilt, systemChromium } from './support/built-panel';
import { summarize } from './support/stats';
import { armKeystroke, keystrokeDelay, listProbe } from './support/ui-list-page';
import { KEYSTROKE_FRAGMENTS } from './ui-list.bench';

/*
 * Two or more builds of the panel side by side, for a change whose effect on the search keystroke is
 * smaller than this machine's noise from one bench run to the next. Not part of `npm run bench`.
 *
 *   npx tsx bench/keystroke-ab.ts --save before     # builds (if needed) and keeps dist/ as "before"
 *   (change the code)
 *   npx tsx bench/keystroke-ab.ts --save after
 *   npx tsx bench/keystroke-ab.ts before after      # ROUNDS=3 by default
 *
 * Every build runs against one simulator (`large:10000`), each in its own page of one Chromium, and
 * they take turns: each fragment of the ui-list bench is typed in one build, then in the next (the
 * order alternating from round to round), so a busy moment of the machine falls on all of them
 * alike. Each keystroke is timed as the ui-list bench times it. Kept builds live in `.bench-builds/`.
 */

const buildsDir = path.join(repoRoot, '.bench-builds');

const save = (name: string): void => {
  ensureBuilt();
  const target = path.join(buildsDir, name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const part of ['dist', 'dist-electron']) cpSync(path.join(repoRoot, part), path.join(target, part), { recursive: true });
  // The browser-mode server imports its dependencies from node_modules beside it.
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  process.stdout.write(`kept the current build as ${name}\n`);
};

const startBuild = (name: string, env: NodeJS.ProcessEnv): Promise<ReadyProcess> => {
  const serve = path.join(buildsDir, name, 'dist-electron', 'serve.js');
  if (!existsSync(serve)) throw new Error(`No build named ${name}: keep one with --save ${name}`);
  return startReadyProcess({
    args: [serve, '--port', '0', '--no-open'],
    readyLine: /^Panel ready at (\S+)$/m,
    name,
    env: { ...process.env, XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), 'panel-ab-')), ...env },
  });
};

const compare = async (names: readonly string[], rounds: number): Promise<void> => {
  const sim = await startSimulator({ seed: 'large:10000', clock: 'real', rateLimits: { perMinute: 1_000_000, perHour: 1_000_000 } });
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
  const servers: ReadyProcess[] = [];
  try {
    const pages = new Map<string, Page>();
    for (const name of names) {
      const server = await startBuild(name, { DIGITALOCEAN_API_URL: sim.url, DIGITALOCEAN_ACCESS_TOKEN: sim.tokens[0] ?? '' });
      servers.push(server);
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript({ content: listProbe });
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Use DIGITALOCEAN_ACCESS_TOKEN' }).click();
      await page.locator('[role="grid"][aria-rowcount="10001"]').waitFor({ timeout: 60_000 });
      pages.set(name, page);
    }
    const delays = new Map<string, number[]>(names.map((name) => [name, []]));
    for (let round = 0; round < rounds; round += 1) {
      for (const fragment of KEYSTROKE_FRAGMENTS) {
        for (const name of round % 2 === 0 ? names : [...names].reverse()) {
          const page = pages.get(name) as Page;
          await page.bringToFront();
          const search = page.getByRole('searchbox', { name: 'Search droplets' });
          await search.fill('');
          await page.locator('[role="grid"][aria-rowcount="10001"]').waitFor({ timeout: 60_000 });
          await search.focus();
          for (const character of fragment) {
            await page.evaluate(armKeystroke);
            await page.keyboard.press(character);
            const delay = await page.evaluate(keystrokeDelay);
            if (typeof delay === 'number') delays.get(name)?.push(delay);
          }
        }
      }
    }
    const first = summarize(delays.get(names[0] as string) ?? []);
    for (const name of names) {
      const figures = summarize(delays.get(name) ?? []);
      process.stdout.write(
        `${name}: median ${Math.round(figures.median)} ms, p95 ${Math.round(figures.p95)} ms over ${figures.count} keystrokes` +
          (name === names[0] ? '\n' : ` (${(figures.median / first.median).toFixed(2)}× / ${(figures.p95 / first.p95).toFixed(2)}× ${names[0]})\n`),
      );
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.stop();
    await sim.close();
  }
};

const args = process.argv.slice(2);
if (args[0] === '--save' && args[1]) save(args[1]);
else if (args.length >= 2) await compare(args, Number(process.env.ROUNDS ?? 3));
else throw new Error('Use --save NAME to keep the current build, or name two or more kept builds to compare.');
