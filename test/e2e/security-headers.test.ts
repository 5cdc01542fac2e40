// The built web app under the server's Content-Security-Policy, in a real Chromium: every view renders
// and the browser reports no CSP violation (nor does the API documentation page).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserTest } from './browser';
import type { RunningServer } from './server';

let server: RunningServer;
let e2e: BrowserTest | undefined;
let page: Page;
const violations: string[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  e2e = await openBrowser({ serverTimeoutMs: 300_000 });
  ({ server, page, pageErrors } = e2e);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // Violations are also events in the page: collect them where the test can read them.
  await page.addInitScript(
    "document.addEventListener('securitypolicyviolation', (e) => console.error(" +
      "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))",
  );
}, 360_000);

afterAll(() => e2e?.close());

describe('the web app under the Content-Security-Policy', () => {
  it('serves the page with the policy, and the dashboard map renders', async () => {
    const res = await page.goto(`${server.url}/?lang=en`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('svg.world-map path.has-data').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('svg.world-map path.has-data').count()).toBeGreaterThan(150);
  });

  it('renders every view without a violation', async () => {
    for (const view of ['plan', 'ops', 'experts', 'report']) {
      await page.goto(`${server.url}/?view=${view}&lang=en`);
      await page.waitForLoadState('networkidle');
      const text = await page.locator('#root').innerText();
      expect({ view, empty: text.trim().length === 0 }).toEqual({ view, empty: false });
    }
    await page.goto(`${server.url}/api/docs`);
    await page.locator('.swagger-ui .info').first().waitFor({ timeout: 30_000 });
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
