// One browser test's setup: the real server (server.ts), Debian's Chromium through playwright-core and
// one page, signed in as a demo user when the test names a role, with every error the page throws
// collected; and the test's own JSON calls to the API as that user.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  ensureWebBuild,
  startServer,
  type RunningServer,
} from './server';
import { apiHeaders, signIn, type DemoRole } from './sign-in';

/** A JSON call to the server's API: GET without `init`, else its method with its body as JSON. */
export type JsonApi = <T>(path: string, init?: { method: string; body: unknown }) => Promise<T>;

/** What a browser test works with; close() shuts Chromium and stops the server. */
export interface BrowserTest {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** The messages of uncaught errors in the page, in order. */
  pageErrors: string[];
  /** The test's own request headers: the session cookie and CSRF token of the role, or none. */
  auth: Record<string, string>;
  /** JSON calls with `auth`; a non-2xx answer throws with method, path, status and body. */
  api: JsonApi;
  close: () => Promise<void>;
}

/** The options of openBrowser(): whom to sign in as, and how long the server may take to start. */
export interface BrowserTestOptions {
  role?: DemoRole;
  serverTimeoutMs?: number;
}

/** JSON calls to `server` with `auth` headers (see JsonApi). */
export function jsonApi(server: RunningServer, auth: Record<string, string>): JsonApi {
  return async <T>(path: string, init?: { method: string; body: unknown }): Promise<T> => {
    const response = await fetch(`${server.url}${path}`, {
      method: init?.method ?? 'GET',
      headers: init ? { ...auth, 'content-type': 'application/json' } : auth,
      body: init ? JSON.stringify(init.body) : null,
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${text}`);
    }
    return JSON.parse(text) as T;
  };
}

/**
 * Starts the server on a fresh data directory (building the web app if needed), launches Chromium
 * with a 1400x900 en-GB page, and with a role signs in both the page and the test's API calls. What it
 * started is stopped again if a later step fails.
 */
export async function openBrowser(options: BrowserTestOptions = {}): Promise<BrowserTest> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium).`);
  }
  ensureWebBuild();
  const server = await startServer(
    options.serverTimeoutMs === undefined ? {} : { timeoutMs: options.serverTimeoutMs },
  );
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server.stop();
  };
  try {
    const auth = options.role ? await apiHeaders(server, options.role) : {};
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    if (options.role) await signIn(page, server, options.role);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { server, browser, page, pageErrors, auth, api: jsonApi(server, auth), close };
  } catch (error) {
    await close();
    throw error;
  }
}
