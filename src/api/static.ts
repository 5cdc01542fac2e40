// Serves the built web app (dist/web) with an SPA fallback; unknown /api paths get a JSON 404.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { apiNotFound } from './errors';

/** Where `npm run build` puts the web app. */
export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Registers static files from `webDir` when it holds a build, and the not-found handling. */
export async function registerWeb(app: FastifyInstance, webDir: string | null): Promise<void> {
  const hasWeb = webDir !== null && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: true });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (url === '/api' || url.startsWith('/api/')) return apiNotFound(request, reply);
    // Client-side routes (no file extension) get the app; a missing asset is a plain 404.
    if (hasWeb && request.method === 'GET' && !path.extname(url)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .code(404)
      .type('text/plain')
      .send(hasWeb ? 'Not found' : 'Not found. The web app is not built: run "npm run build".');
  });
}
