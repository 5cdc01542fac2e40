// One signed-in app for an API test file: a fresh migrated database, the app on it (no web files) and
// the inject headers of a test user, opened in the file's beforeAll and closed in its afterAll.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { AccessRole } from '../../src/core/access';
import type { Database } from '../../src/db/database';
import { freshDatabase } from '../db/fresh-database';
import { signedIn } from './auth';

/** The HTTP methods an API test calls through inject(). */
export type CallMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A status and a JSON body, as call() answers. */
export interface CallAnswer<T> {
  status: number;
  body: T;
}

/** A test file's app, database and headers (readable once its beforeAll ran) and call() on them. */
export interface SignedInApp {
  readonly database: Database;
  readonly app: FastifyInstance;
  readonly auth: Record<string, string>;
  /** Injects `method url` with the signed-in headers and `payload` as JSON, and parses the answer. */
  call<T>(method: CallMethod, url: string, payload?: object): Promise<CallAnswer<T>>;
}

/**
 * Registers the calling file's beforeAll (fresh database, buildApp, sign in as `role`) and afterAll
 * (close both); the returned handle reads them, and throws if read before beforeAll ran.
 */
export function useSignedInApp(role: AccessRole = 'coordinator'): SignedInApp {
  let openDatabase: Database | undefined;
  let openApp: FastifyInstance | undefined;
  let headers: Record<string, string> | undefined;
  const current = () => {
    if (!openDatabase || !openApp || !headers) {
      throw new Error('useSignedInApp: the app is read before its beforeAll ran');
    }
    return { database: openDatabase, app: openApp, auth: headers };
  };
  beforeAll(async () => {
    openDatabase = await freshDatabase();
    openApp = await buildApp({ database: openDatabase, webDir: null });
    headers = await signedIn(openDatabase, role);
  });
  afterAll(async () => {
    await openApp?.close();
    await openDatabase?.close();
  });
  return {
    get database() {
      return current().database;
    },
    get app() {
      return current().app;
    },
    get auth() {
      return current().auth;
    },
    async call<T>(method: CallMethod, url: string, payload?: object) {
      const { app, auth } = current();
      const res = await app.inject({
        method,
        url,
        headers: auth,
        ...(payload === undefined ? {} : { payload }),
      });
      return { status: res.statusCode, body: res.json<T>() };
    },
  };
}
