import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

/** A raw request, so Host and Origin can be set as an attacker's page or a rebinding DNS would. */
const get = (url: string, headers: Record<string, string>): Promise<number> =>
  new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });

test.describe('browser mode refuses strangers', () => {
  test('prints exactly one ready line on stdout', async ({ panel }) => {
    expect(panel.stdout().trim().split('\n')).toEqual([`Panel ready at ${panel.url}`]);
  });

  test('refuses a page load without the key and explains what to do', async ({ page, panel }) => {
    const response = await page.goto(panel.origin);
    expect(response?.status()).toBe(401);
    await expect(page.locator('body')).toContainText('address the terminal printed');
  });

  test('refuses a foreign Host and a foreign Origin even with the key', async ({ panel }) => {
    const port = new URL(panel.origin).port;
    expect(await get(panel.url, { Host: `evil.example:${port}` })).toBe(421);
    expect(await get(panel.url, { Host: `localhost:${port}` })).toBe(421);
    expect(await get(panel.url, { Origin: 'https://evil.example' })).toBe(403);
    expect(await get(panel.url, {})).toBe(303);
  });

  test('refuses the contract socket to a page from another origin', async ({ page, panel }) => {
    await page.goto(panel.url);
    const socketUrl = `${panel.origin.replace('http', 'ws')}/bridge`;
    // A page on another origin, in the same browser that holds the key cookie.
    await page.goto('data:text/html,<title>elsewhere</title>');
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const socket = new WebSocket(url);
          socket.onopen = () => resolve('open');
          socket.onclose = () => resolve('refused');
        }),
      socketUrl,
    );
    expect(outcome).toBe('refused');
  });
});
