// Turning a sink-writing export into a stream Fastify can send, and conditional GET by ETag.
import { PassThrough, type Readable } from 'node:stream';
import type { Sink } from '../services/open-data.service';

function writable(out: PassThrough): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      out.off('close', gone);
      resolve();
    };
    const gone = () => {
      out.off('drain', done);
      reject(new Error('the client went away'));
    };
    out.once('drain', done);
    out.once('close', gone);
  });
}

/**
 * Runs `write` against a stream and resolves with the stream once the first chunk is written, so an
 * export that fails before writing anything (nothing to publish) is still an ordinary error response.
 * A failure after that ends the stream with the error; a client that goes away stops the export.
 */
export function streamOf(write: (sink: Sink) => Promise<void>): Promise<Readable> {
  const out = new PassThrough();
  return new Promise((resolve, reject) => {
    let started = false;
    const start = () => {
      if (!started) {
        started = true;
        resolve(out);
      }
    };
    const sink: Sink = async (chunk) => {
      if (out.destroyed) throw new Error('the client went away');
      start();
      if (!out.write(chunk)) await writable(out);
    };
    write(sink).then(
      () => {
        start();
        out.end();
      },
      (error: unknown) => {
        if (started) out.destroy(error as Error);
        else reject(error as Error);
      },
    );
  });
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 wants for GET). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
