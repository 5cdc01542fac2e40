// The built web app under the server's Content-Security-Policy, in a real Chromium: every view renders
// and the browser reports no CSP violation (nor does the API documentation page).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  ensureWebBuild,
  startServer,
  type RunningServer,
} from './server';

let server: RunningServer;
let browser: Browser;
let page: Page;
const violations: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium).`);
  }
  ensureWebBuild();
  server = await startServer({ timeoutMs: 300_000 });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // Violations are also events in the page: collect them where the test can read them.
  await page.addInitScript(
    "document.addEventListener('securitypolicyviolation', (e) => console.error(" +
      "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))",
  );
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

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
