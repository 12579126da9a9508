import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The impacts a journey refuses; minor and moderate findings are reported by axe but do not fail it. */
const blocking = new Set(['serious', 'critical']);

/**
 * Runs axe (WCAG 2.x A and AA rules) on what the page shows now, optionally only inside `include`
 * (a CSS selector), and fails with each serious or critical violation named, with where it is.
 */
export const expectNoSeriousAxeViolations = async (page: Page, include?: string): Promise<void> => {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((violation) => blocking.has(violation.impact ?? ''))
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, 'serious or critical accessibility violations').toEqual([]);
};
