import { benchBundle } from './bundle.bench';
import { benchCalibration } from './calibration.bench';
import { benchDoClient } from './do-client.bench';
import { benchSettles } from './settles.bench';
import { benchSimulator } from './simulator.bench';
import { benchTracker } from './tracker.bench';
import { benchUiFirstRow } from './ui-first-row.bench';
import { benchUiList } from './ui-list.bench';
import { benchWarmStart } from './warm-start.bench';

/**
 * `npm run bench`: speed and memory figures, printed, never asserted (machines here are shared and
 * noisy; a target is a number to compare against, not a test).
 */
const benches: ReadonlyArray<{ name: string; run: () => Promise<string[]> }> = [
  { name: 'simulator', run: benchSimulator },
  { name: 'do-client', run: benchDoClient },
  { name: 'tracker', run: benchTracker },
  { name: 'settles', run: benchSettles },
  { name: 'calibration', run: benchCalibration },
  { name: 'ui-list', run: benchUiList },
  { name: 'warm-start', run: benchWarmStart },
  { name: 'bundle', run: benchBundle },
  { name: 'ui-first-row', run: benchUiFirstRow },
];

// `npm run bench -- ui-list warm-start` runs only the benches named.
const picked = process.argv.slice(2);
const unknown = picked.filter((name) => !benches.some((bench) => bench.name === name));
if (unknown.length > 0) throw new Error(`No bench named ${unknown.join(', ')}; there are: ${benches.map((bench) => bench.name).join(', ')}`);

for (const bench of benches.filter(({ name }) => picked.length === 0 || picked.includes(name))) {
  process.stdout.write(`▶ ${bench.name}\n`);
  try {
    for (const line of await bench.run()) process.stdout.write(`  ${line}\n`);
  } catch (error) {
    process.exitCode = 1;
    process.stdout.write(`  failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
