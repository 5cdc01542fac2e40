// GET /api/open/iati.xml and /api/open/hxl.csv on the demo: the IATI export validates against the 2.03
// schema (when the schema and xmllint are here) and follows the rules; the HXL export parses back and its
// totals per item equal the open report's; both answer 304 to their own ETag.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance, LightMyRequestResponse as Response } from 'fastify';
import { sql } from 'drizzle-orm';
// @ts-expect-error -- jsdom ships no type declarations (no @types/jsdom); the shape used is declared below.
import { JSDOM as UntypedJsdom } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import { DEFAULT_PUBLISHER, publisherWith } from '../../src/core/open-data';
import type { Database } from '../../src/db/database';
import { rowsOf } from '../../src/db/db.types';
import { getReport } from '../../src/services/report.service';
import { etagMatches, streamOf } from '../../src/api/open-data.stream';
import { demoPglite, freshPglite } from '../db/fresh-database';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEMA = path.join(
  path.resolve(ROOT, '../shared/data'),
  'iati-2.03',
  'iati-activities-schema.xsd',
);
const REF = DEFAULT_PUBLISHER.reporting.ref;

/** The few DOM calls the test makes (the server tsconfig has no DOM lib). */
interface El {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
  getElementsByTagName(name: string): ArrayLike<El>;
}
const JSDOM = UntypedJsdom as new (
  text: string,
  options: { contentType: string },
) => { window: { document: El } };

let database: Database;
let app: FastifyInstance;
let iati: Response;
let hxl: Response;
beforeAll(async () => {
  database = await demoPglite();
  app = await buildApp({ database, webDir: null });
  iati = await app.inject({ method: 'GET', url: '/api/open/iati.xml' });
  hxl = await app.inject({ method: 'GET', url: '/api/open/hxl.csv?grouping=seed-2020' });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

let parsed: El | null = null;
const xmlDoc = () =>
  (parsed ??= new JSDOM(iati.body, { contentType: 'application/xml' }).window.document);

describe('GET /api/open/iati.xml on the demo', () => {
  it('answers XML to download, with an ETag', () => {
    expect(iati.statusCode).toBe(200);
    expect(iati.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(iati.headers['content-disposition']).toBe(
      'attachment; filename="tongzhou-iati-activities.xml"',
    );
    expect(iati.headers['etag']).toMatch(/^"[\w-]{20,}"$/);
  });

  it('has one activity per approved batch and recipient, then expert teams and sessions, each prefixed', async () => {
    const doc = xmlDoc();
    const ids = [...doc.querySelectorAll('iati-activity > iati-identifier')].map(
      (e) => e.textContent!,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith(`${REF}-`))).toBe(true);
    const [pairs] = rowsOf<{ n: number }>(
      await database.db.execute(sql`
        SELECT count(DISTINCT (bl.batch_id, bl.recipient))::int AS n
        FROM batch_line bl JOIN batch b ON b.id = bl.batch_id WHERE b.status = 'approved'`),
    );
    const report = await getReport(database);
    const teams = ids.filter((id) => id.startsWith(`${REF}-team-`));
    const sessions = ids.filter((id) => id.startsWith(`${REF}-session-`));
    const supplies = ids.filter((id) => !teams.includes(id) && !sessions.includes(id));
    expect(supplies.length).toBe(pairs!.n);
    expect(teams.length).toBeGreaterThan(0);
    expect(teams.length).toBe(report.experts?.teamsSent ?? 0);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.length).toBe(report.experts?.sessions ?? 0);
    expect(ids).toEqual([...supplies, ...teams, ...sessions]);
  });

  it('follows the rules: sectors and recipients sum to 100, countries on the activity only, humanitarian scope', () => {
    const doc = xmlDoc();
    for (const a of doc.querySelectorAll('iati-activity')) {
      const id = a.querySelector('iati-identifier')!.textContent;
      const sectors = [...a.querySelectorAll(':scope > sector')].map((s) =>
        Number(s.getAttribute('percentage')),
      );
      expect(Math.round(sectors.reduce((x, y) => x + y, 0) * 100), `${id} sectors`).toBe(10_000);
      const places = [
        ...a.querySelectorAll(':scope > recipient-country, :scope > recipient-region'),
      ].map((p) => Number(p.getAttribute('percentage')));
      expect(Math.round(places.reduce((x, y) => x + y, 0) * 100), `${id} recipients`).toBe(10_000);
      expect(a.querySelectorAll('transaction > recipient-country').length).toBe(0);
      expect(a.getAttribute('humanitarian')).toBe('1');
      expect(a.querySelector('humanitarian-scope')?.getAttribute('code')).toBe(
        'EP-2020-000012-001',
      );
    }
    const codes = [...doc.querySelectorAll('iati-activity > recipient-country')].map((e) =>
      e.getAttribute('code'),
    );
    expect(codes.every((c) => /^[A-Z]{2}$/.test(c!))).toBe(true);
    const aidOf = (kind: string) =>
      new Set(
        [...doc.querySelectorAll('iati-activity')]
          .filter((a) =>
            a.querySelector('iati-identifier')!.textContent!.startsWith(`${REF}-${kind}-`),
          )
          .map((a) => a.querySelector('default-aid-type')?.getAttribute('code')),
      );
    expect(aidOf('team')).toEqual(new Set(['D01']));
    expect(aidOf('session')).toEqual(new Set(['D02']));
  });

  it("values commitments at the report's reference prices (in-kind, USD)", async () => {
    const doc = xmlDoc();
    const commitments = [...doc.querySelectorAll('transaction')].filter(
      (t) => t.querySelector('transaction-type')?.getAttribute('code') === '2',
    );
    const total = commitments.reduce(
      (n, t) => n + Number(t.querySelector('value')!.textContent),
      0,
    );
    const report = await getReport(database);
    expect(total).toBeGreaterThan(0);
    // Each transaction is rounded to the cent; the report sums unrounded values.
    expect(Math.abs(total - report.totals.valueUsd.allocated)).toBeLessThan(
      commitments.length * 0.01,
    );
    const units = commitments.reduce(
      (n, t) => n + Number(t.getElementsByTagName('tz:in-kind')[0]!.getAttribute('quantity')),
      0,
    );
    expect(units).toBe(report.totals.units.allocated);
  });

  it('answers 304 to its own ETag and 200 to another', async () => {
    const etag = String(iati.headers['etag']);
    const again = await app.inject({
      method: 'GET',
      url: '/api/open/iati.xml',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await app.inject({
      method: 'GET',
      url: '/api/open/iati.xml',
      headers: { 'if-none-match': '"x"' },
    });
    expect(other.statusCode).toBe(200);
    expect(other.body).toBe(iati.body);
  });
});

const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const canValidate = fs.existsSync(SCHEMA) && hasXmllint;
if (!canValidate) {
  console.log(
    `skipping IATI schema validation of the demo export: ${hasXmllint ? `${SCHEMA} is absent` : 'xmllint is not installed'}`,
  );
}

describe.skipIf(!canValidate)('the demo IATI export against the 2.03 schema', () => {
  it('validates with xmllint --schema', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-iati-')), 'iati.xml');
    fs.writeFileSync(file, iati.body);
    const run = () =>
      execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run).not.toThrow();
  });
});

describe('the IATI publisher', () => {
  it('is the placeholder by default and says so in a comment; a configured one reports under its own ref', async () => {
    expect(iati.body).toContain(`<!-- reporting-org ref ${REF} is a placeholder`);
    const publisher = publisherWith({ ref: 'XM-DAC-41114', nameEn: 'Example Agency' });
    const configured = await buildApp({ database, webDir: null, iatiPublisher: publisher });
    try {
      const res = await configured.inject({ method: 'GET', url: '/api/open/iati.xml' });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('<!--');
      expect(res.body).not.toContain(REF);
      const doc = new JSDOM(res.body, { contentType: 'application/xml' }).window.document;
      const refs = [...doc.querySelectorAll('iati-activity > reporting-org')].map((e) =>
        e.getAttribute('ref'),
      );
      expect(refs.length).toBe(doc.querySelectorAll('iati-activity').length);
      expect(new Set(refs)).toEqual(new Set(['XM-DAC-41114']));
      const ids = [...doc.querySelectorAll('iati-activity > iati-identifier')];
      expect(ids.every((e) => e.textContent!.startsWith('XM-DAC-41114-'))).toBe(true);
      expect(res.headers['etag']).not.toBe(iati.headers['etag']);
    } finally {
      await configured.close();
    }
  });
});

describe('GET /api/open/hxl.csv on the demo', () => {
  const rows = () => parse(hxl.body) as string[][];

  it('answers CSV to download, a header row then the HXL hashtag row', () => {
    expect(hxl.statusCode).toBe(200);
    expect(hxl.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(hxl.headers['content-disposition']).toBe('attachment; filename="tongzhou-hxl.csv"');
    expect(rows()[1]).toEqual([
      '#date',
      '#country+code',
      '#country+name',
      '#org',
      '#region',
      '#item+name',
      '#item+code',
      '#targeted',
      '#reached',
      '#status',
    ]);
  });

  it('parses back with totals per item equal to the report (allocated = #targeted, received = #reached)', async () => {
    const body = rows().slice(2);
    const sums = new Map<string, { targeted: number; reached: number }>();
    for (const r of body) {
      const s = sums.get(r[6]!) ?? { targeted: 0, reached: 0 };
      s.targeted += Number(r[7]);
      s.reached += Number(r[8]);
      sums.set(r[6]!, s);
    }
    const report = await getReport(database);
    const expected = report.items
      .filter((i) => i.units.allocated > 0)
      .map((i) => [i.item, { targeted: i.units.allocated, reached: i.units.received }] as const);
    expect(new Map(expected)).toEqual(sums);
    expect([...sums.values()].some((s) => s.reached > 0)).toBe(true);
  });

  it("places countries in the grouping's regions (the seed's five) and organisations in none", () => {
    const body = rows().slice(2);
    const regions = new Set(body.filter((r) => r[1]).map((r) => r[4]));
    expect(regions).toEqual(new Set(['Asia', 'Europe', 'Africa', 'Americas', 'South Pacific']));
    expect(body.filter((r) => !r[1]).every((r) => r[4] === '' && r[3] !== '')).toBe(true);
  });

  it('answers 304 to its own ETag, and the ETag depends on the grouping', async () => {
    const etag = String(hxl.headers['etag']);
    const again = await app.inject({
      method: 'GET',
      url: '/api/open/hxl.csv?grouping=seed-2020',
      headers: { 'if-none-match': `W/${etag}, "other"` },
    });
    expect(again.statusCode).toBe(304);
    const m49 = await app.inject({
      method: 'GET',
      url: '/api/open/hxl.csv',
      headers: { 'if-none-match': etag },
    });
    expect(m49.statusCode).toBe(200);
    expect(m49.headers['etag']).not.toBe(etag);
  });

  it('names a bad grouping in a 400', async () => {
    const bad = await app.inject({ method: 'GET', url: '/api/open/hxl.csv?grouping=mars' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/grouping/);
  });
});

describe('OpenAPI', () => {
  it('documents both exports under the "open data" tag', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, { get?: { tags?: string[] } }>;
    }>();
    for (const p of ['/api/open/iati.xml', '/api/open/hxl.csv']) {
      expect(spec.paths[p]?.get?.tags).toEqual(['open data']);
    }
  });
});

describe('on an empty database', () => {
  it('answers 404 for IATI (an activities file needs one activity) and only the header rows for HXL', async () => {
    const empty = await freshPglite();
    const emptyApp = await buildApp({ database: empty, webDir: null });
    try {
      const xml = await emptyApp.inject({ method: 'GET', url: '/api/open/iati.xml' });
      expect(xml.statusCode).toBe(404);
      expect(xml.json<{ error: { message: string } }>().error.message).toMatch(
        /Nothing to publish/,
      );
      const csv = await emptyApp.inject({ method: 'GET', url: '/api/open/hxl.csv' });
      expect(csv.statusCode).toBe(200);
      expect(parse(csv.body)).toHaveLength(2);
    } finally {
      await emptyApp.close();
      await empty.close();
    }
  });
});

describe('etagMatches and streamOf', () => {
  it('matches an ETag in a list, weakly, or by *', () => {
    expect(etagMatches('"a", W/"b"', '"b"')).toBe(true);
    expect(etagMatches('*', '"b"')).toBe(true);
    expect(etagMatches('"a"', '"b"')).toBe(false);
    expect(etagMatches(undefined, '"b"')).toBe(false);
  });

  it('rejects when the export fails before its first chunk, and cuts the stream after it', async () => {
    await expect(streamOf(() => Promise.reject(new Error('early')))).rejects.toThrow('early');
    const stream = await streamOf(async (sink) => {
      await sink('first,');
      throw new Error('late');
    });
    const read = async () => {
      let text = '';
      for await (const chunk of stream) text += String(chunk);
      return text;
    };
    await expect(read()).rejects.toThrow('late');
  });

  it('stops the export when the reader goes away', async () => {
    let written = 0;
    let stopped: unknown = null;
    const done = new Promise<void>((resolve) => {
      void streamOf(async (sink) => {
        try {
          for (let i = 0; i < 10_000; i++) {
            await sink('x'.repeat(1024));
            written++;
          }
        } catch (error) {
          stopped = error;
        } finally {
          resolve();
        }
      }).then((s) => s.destroy());
    });
    await done;
    expect(stopped).toBeInstanceOf(Error);
    expect(written).toBeLessThan(10_000);
  });
});
