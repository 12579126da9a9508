import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { useDemoPanel } from './support/panel-server';

const shots = '/tmp/shots-droplet-graphs';
test.beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

const demo = useDemoPanel();

test('the Graphs tab of a demo droplet: CPU and bandwidth over a chosen period, within the CSP', async ({ page, consoleProblems }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(demo.url);
  await page.getByRole('searchbox', { name: 'Search droplets' }).fill('web-prod-01');
  await page.getByRole('grid', { name: 'Droplets' }).getByRole('row', { name: /web-prod-01/ }).click();
  const pane = page.getByRole('complementary', { name: 'Droplet web-prod-01' });
  await expect(pane.getByRole('region', { name: 'Networking' })).toBeVisible();
  const stylesBefore = await page.locator('style').count();

  await pane.getByRole('tab', { name: 'Graphs' }).click();
  const panel = pane.getByRole('tabpanel', { name: 'Graphs' });
  const cpu = panel.getByRole('figure', { name: 'CPU usage (%)' });
  const bandwidth = panel.getByRole('figure', { name: 'Public bandwidth (Mbps)' });
  await expect(cpu).toContainText(/CPU usage: average [\d.]+ %, peak [\d.]+ % over the last 24 hours\./);
  await expect(bandwidth).toContainText(/inbound average [\d.]+ Mbps, .*outbound average [\d.]+ Mbps, .* over the last 24 hours\./);
  await expect(cpu.locator('.recharts-line-curve')).toBeVisible();
  await expect(bandwidth.locator('.recharts-line-curve')).toHaveCount(2);

  const plot = cpu.locator('.recharts-surface');
  const box = await plot.boundingBox();
  if (!box) throw new Error('the CPU chart has no box');
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await expect(cpu.locator('.droplet-graph__tooltip')).toContainText(/CPU: [\d.]+ %/);
  await page.screenshot({ path: `${shots}/graphs-24h.png` });

  await panel.getByRole('group', { name: 'Period' }).getByRole('button', { name: '1 h' }).click();
  await expect(cpu).toContainText('over the last hour.');
  await expect(bandwidth).toContainText('over the last hour.');
  await expect(cpu.locator('.recharts-line-curve')).toBeVisible();
  await page.screenshot({ path: `${shots}/graphs-1h.png` });

  // recharts measures text with a span's style object, never a <style> element, which the CSP would refuse.
  expect(await page.locator('style').count()).toBe(stylesBefore);
  const axe = await new AxeBuilder({ page }).include('[role="tabpanel"]').analyze();
  const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  expect(consoleProblems).toEqual([]);
});
