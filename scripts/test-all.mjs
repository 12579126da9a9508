#!/usr/bin/env node
// `npm test`: every check the project has, in order, each one's own output shown as it runs; then
// one total over every suite. A failing step does not hide the later ones, except that the e2e
// journeys need a build.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { npmRun } from './npm-run.mjs';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(path.join(reports, file), 'utf8'));
  } catch {
    return undefined;
  }
};

/** Counts of one suite that wrote a report; a check without one counts as a single test. */
const fromVitest = (report) =>
  report && {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
const fromPlaywright = (report) =>
  report && {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
  };

/** Each skipped journey with the reason it gave, so a skip is never silent. */
const playwrightSkips = (report) => {
  const skips = [];
  const walk = (suite, titles) => {
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const reasons = (test.annotations ?? []).filter((note) => note.type === 'skip' && note.description).map((note) => note.description);
        skips.push(`${[...titles, spec.title].filter(Boolean).join(' › ')}: ${reasons.join('; ') || 'no reason given'}`);
      }
    }
  };
  for (const suite of report?.suites ?? []) walk(suite, []);
  return skips;
};

const steps = [
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'unit', script: 'test:unit', env: { PANEL_VITEST_REPORT: 'vitest.json' }, count: () => fromVitest(readJson('vitest.json')) },
  {
    // The OS keychain for real: a private Secret Service (gnome-keyring) checked with secret-tool.
    name: 'keychain',
    script: 'test:keychain',
    env: { PANEL_VITEST_REPORT: 'vitest-keychain.json' },
    count: () => fromVitest(readJson('vitest-keychain.json')),
  },
  { name: 'security scan', script: 'test:security' },
  { name: 'build', script: 'build' },
  {
    name: 'e2e',
    script: 'test:e2e',
    needs: 'build',
    count: () => fromPlaywright(readJson('playwright.json')),
    skips: () => playwrightSkips(readJson('playwright.json')),
  },
];

const results = [];
for (const step of steps) {
  const prerequisite = step.needs && results.find((result) => result.name === step.needs);
  if (prerequisite && !prerequisite.ok) {
    results.push({ name: step.name, ok: false, counts: { passed: 0, failed: 1, skipped: 0 }, note: `skipped: ${step.needs} failed` });
    continue;
  }
  console.log(`\n▶ ${step.name} (npm run ${step.script})`);
  const run = npmRun(step.script, { cwd: root, env: { ...process.env, PANEL_TEST_REPORTS: reports, ...step.env } });
  const ok = run.status === 0;
  const counted = step.count?.();
  const counts = counted ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  // A runner that crashed before reporting must still fail the total.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ name: step.name, ok, counts, skips: step.skips?.() ?? [] });
}

console.log('\nSummary');
for (const { name, ok, counts, note, skips = [] } of results) {
  const detail = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(14)} ${note ?? detail}`);
  for (const skip of skips) console.log(`       skipped: ${skip}`);
}
const total = results.reduce(
  (sum, { counts }) => ({
    passed: sum.passed + counts.passed,
    failed: sum.failed + counts.failed,
    skipped: sum.skipped + counts.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
