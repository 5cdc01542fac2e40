// Signing in through the page: the operations view asks for a login on 401, the form signs in as the
// demo viewer, the view loads, the header names the user, and signing out asks again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserTest } from './browser';
import type { RunningServer } from './server';
import { demoUser } from './sign-in';

let server: RunningServer;
let e2e: BrowserTest | undefined;
let page: Page;

beforeAll(async () => {
  e2e = await openBrowser();
  ({ server, page } = e2e);
});
afterAll(() => e2e?.close());

describe('signing in', () => {
  it('asks for a login on the operations view, signs in with the form, and signs out', async () => {
    await page.goto(`${server.url}/?view=ops&lang=en`);
    const notice = page.locator('[data-testid=sign-in-notice]').first();
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('Sign in to see this.');
    const { login, password } = demoUser('viewer');
    await notice.locator('input[name=login]').fill(login);
    await notice.locator('input[name=password]').fill('wrong-password');
    await notice.locator('button[type=submit]').click();
    await notice.locator('[role=alert], .access-error').first().waitFor();
    expect(await notice.locator('.access-error').textContent()).toMatch(
      /wrong sign-in name or password/,
    );
    await notice.locator('input[name=password]').fill(password);
    await notice.locator('button[type=submit]').click();
    const account = page.locator('[data-testid=account]');
    await account.waitFor({ timeout: 30_000 });
    expect(await account.textContent()).toContain('(viewer)');
    await page
      .locator('[data-testid=sign-in-notice]')
      .first()
      .waitFor({ state: 'detached', timeout: 30_000 });
    await account.locator('button').click();
    await account.waitFor({ state: 'detached' });
    expect(await page.locator('.access-account button').textContent()).toBe('Sign in');
  });
});
