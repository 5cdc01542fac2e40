// Changing a password in the page: a user an admin added with a one-time password signs in, gets the
// change-password form by itself (in Chinese too), is refused a wrong current password in the server's
// words and a mistyped repeat, changes it, and then sees the operations view; the old password is gone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserTest } from './browser';
import type { RunningServer } from './server';
import { apiHeaders } from './sign-in';

let server: RunningServer;
let e2e: BrowserTest | undefined;
let browser: Browser;
/** openBrowser()'s page (en-GB, signed out), for the first test; the second opens a fresh context. */
let firstPage: Page;

beforeAll(async () => {
  e2e = await openBrowser();
  ({ server, browser, page: firstPage } = e2e);
});
afterAll(() => e2e?.close());

/** Adds a viewer with a one-time password through the admin API. */
async function addOneTimeUser(login: string, password: string): Promise<void> {
  const admin = await apiHeaders(server, 'admin');
  const res = await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ login, password, role: 'viewer', oneTimePassword: true }),
  });
  if (res.status !== 201) throw new Error(`adding ${login}: ${res.status} ${await res.text()}`);
}

async function signInThroughNotice(page: Page, lang: string, login: string, password: string) {
  await page.goto(`${server.url}/?view=ops&lang=${lang}`);
  const notice = page.locator('[data-testid=sign-in-notice]').first();
  await notice.waitFor({ timeout: 60_000 });
  await notice.locator('input[name=login]').fill(login);
  await notice.locator('input[name=password]').fill(password);
  await notice.locator('button[type=submit]').click();
}

describe('changing a one-time password in the page', () => {
  it('opens the form by itself, refuses a wrong current password and a mistyped repeat, then lets the user in', async () => {
    await addOneTimeUser('temp-viewer', 'given-by-admin');
    const page = firstPage;
    await signInThroughNotice(page, 'en', 'temp-viewer', 'given-by-admin');
    const must = page.locator('[data-testid=must-change-password]');
    await must.waitFor({ timeout: 30_000 });
    expect(await must.textContent()).toContain('You signed in with a one-time password');
    const form = page.locator('[data-testid=change-password]');
    const fill = async (current: string, next: string, repeat: string) => {
      await form.locator('input[name=currentPassword]').fill(current);
      await form.locator('input[name=newPassword]').fill(next);
      await form.locator('input[name=repeatPassword]').fill(repeat);
      await form.locator('button[type=submit]').click();
    };
    await fill('given-by-admin', 'my-own-password', 'my-own-passw0rd');
    expect(await form.locator('.access-error').textContent()).toBe('The two new passwords differ.');
    await fill('not-the-one', 'my-own-password', 'my-own-password');
    await form.locator('.access-error', { hasText: 'currentPassword' }).waitFor();
    expect(await form.locator('.access-error').textContent()).toMatch(
      /currentPassword is not your current password/,
    );
    await fill('given-by-admin', 'my-own-password', 'my-own-password');
    await must.waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('[data-testid=account]').waitFor({ timeout: 30_000 });
    await page
      .locator('[data-testid=sign-in-notice]')
      .first()
      .waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.locator('[data-testid=change-password]').count()).toBe(0);
    const old = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'temp-viewer', password: 'given-by-admin' }),
    });
    expect(old.status).toBe(401);
    await page.close();
  });

  it('says it in Chinese, and a user changes their password from the account corner', async () => {
    await addOneTimeUser('temp-viewer-zh', 'given-by-admin');
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signInThroughNotice(page, 'zh', 'temp-viewer-zh', 'given-by-admin');
    const must = page.locator('[data-testid=must-change-password]');
    await must.waitFor({ timeout: 30_000 });
    expect(await must.textContent()).toBe('您使用的是一次性密码，请先设置您自己的密码。');
    const form = page.locator('[data-testid=change-password]');
    expect(await form.locator('button[type=submit]').textContent()).toBe('修改密码');
    await form.locator('input[name=currentPassword]').fill('given-by-admin');
    await form.locator('input[name=newPassword]').fill('zh-own-password');
    await form.locator('input[name=repeatPassword]').fill('zh-own-password');
    await form.locator('button[type=submit]').click();
    await must.waitFor({ state: 'detached', timeout: 30_000 });

    const account = page.locator('[data-testid=account]');
    await account.waitFor({ timeout: 30_000 });
    await account.locator('summary').click();
    await form.locator('input[name=currentPassword]').fill('zh-own-password');
    await form.locator('input[name=newPassword]').fill('zh-second-password');
    await form.locator('input[name=repeatPassword]').fill('zh-second-password');
    await form.locator('button[type=submit]').click();
    const done = page.locator('[data-testid=password-changed]');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.textContent()).toBe('密码已修改，您在其他地方的登录已退出。');
    expect(await form.count()).toBe(0);
    await page.close();
  });
});
