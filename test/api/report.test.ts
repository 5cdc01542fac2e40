// GET /api/report through inject() on the demo scenario: the seed's sentence from the data, counts that
// agree with the scenario's own files, the ETag and 304, a bad grouping named in a 400, and the cache: a
// repeated GET reads one row (the audit head), and approving a batch changes the report and its ETag.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { ApiErrorBody } from '../../src/api/errors';
import type { Report } from '../../src/core/reporting';
import type { Database } from '../../src/db/database';
import { SCENARIOS_DIR } from '../../src/services/scenario-files';
import { demoPglite, DEMO_SCENARIO } from '../db/fresh-database';
import { signedIn } from './auth';

interface Operations {
  summary: {
    pastBatches: number;
    countries: number;
    organisations: string[];
    regions: Record<string, number>;
  };
  requests: { id: string; lines: { item: string }[] }[];
  batches: { lines: { requestLineId: string; quantity: number }[] }[];
}
const operations = JSON.parse(
  fs.readFileSync(path.join(SCENARIOS_DIR, DEMO_SCENARIO, 'operations.json'), 'utf8'),
) as Operations;

let database: Database;
let app: FastifyInstance;
beforeAll(async () => {
  database = await demoPglite();
  app = await buildApp({ database, webDir: null });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('GET /api/report on the demo', () => {
  it("states the seed's sentence, and its counts are the scenario's", async () => {
    const res = await app.inject({ url: '/api/report?grouping=seed-2020' });
    expect(res.statusCode).toBe(200);
    const report = res.json<Report>();
    expect(report.headline.en).toBe(
      'Four batches to 89 countries and 4 international organisations: 28 in Asia, 16 in Europe, ' +
        '26 in Africa, 9 in the Americas and 10 in the South Pacific.',
    );
    expect(report.headline.zh).toBe(
      '已分四批向89个国家和4个国际组织提供抗疫援助，其中亚洲28国、欧洲16国、非洲26国、美洲9国、南太10国。',
    );
    const { summary } = operations;
    expect(report.totals).toMatchObject({
      batches: summary.pastBatches,
      countries: summary.countries,
      organisations: summary.organisations.length,
    });
    expect(Object.fromEntries(report.regions.map((r) => [r.id, r.countries]))).toEqual(
      summary.regions,
    );
    expect(
      report.recipients
        .filter((r) => r.kind === 'organisation')
        .map((r) => r.id)
        .sort(),
    ).toEqual([...summary.organisations].sort());
    expect(report.totals.cashUsd).toBe(20_000_000);
  });

  it('allocates per item exactly what the batches hold, and values it at reference prices', async () => {
    const report = (await app.inject({ url: '/api/report' })).json<Report>();
    const itemOf = new Map(
      operations.requests.flatMap((r) => r.lines.map((l, i) => [`${r.id}.${i + 1}`, l.item])),
    );
    const expected: Record<string, number> = {};
    for (const l of operations.batches.flatMap((b) => b.lines)) {
      const item = itemOf.get(l.requestLineId)!;
      expected[item] = (expected[item] ?? 0) + l.quantity;
    }
    const allocated = Object.fromEntries(
      report.items.filter((i) => i.units.allocated > 0).map((i) => [i.item, i.units.allocated]),
    );
    expect(allocated).toEqual(expected);
    for (const i of report.items) {
      expect(i.valueUsd.allocated).toBeCloseTo(i.units.allocated * (i.priceUsd ?? 0), 2);
      expect(i.units.received + i.units.damaged + i.units.missing).toBeLessThanOrEqual(
        i.units.shipped,
      );
    }
    expect(report.totals.units.received).toBeGreaterThan(0);
    expect(report.prices.basis).toBe('reference');
    expect(report.weeks.reduce((n, w) => n + w.batchesApproved, 0)).toBe(4);
    expect(report.experts?.teamsSent).toBeGreaterThan(0);
  });

  it('counts the same countries under UN M49, split into its own regions', async () => {
    const report = (await app.inject({ url: '/api/report?grouping=un-m49' })).json<Report>();
    expect(report.grouping.id).toBe('un-m49');
    expect(report.totals.countries).toBe(operations.summary.countries);
    expect(report.regions.reduce((n, r) => n + r.countries, 0)).toBe(operations.summary.countries);
    expect(report.headline.en).toContain('in Oceania');
  });

  it('sends an ETag and Cache-Control, and 304 when If-None-Match names it', async () => {
    const first = await app.inject({ url: '/api/report' });
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    const again = await app.inject({ url: '/api/report', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await app.inject({
      url: '/api/report?grouping=un-m49',
      headers: { 'if-none-match': etag },
    });
    expect(other.statusCode).toBe(200);
    expect(other.headers['etag']).not.toBe(etag);
  });

  it('names a bad grouping in a 400', async () => {
    const res = await app.inject({ url: '/api/report?grouping=continents' });
    expect(res.statusCode).toBe(400);
    expect(res.json<ApiErrorBody>().error.message).toMatch(/grouping.*continents/);
  });
});

describe('GET /api/report, cached per data version', () => {
  /** The embedded database's client, whose calls count what a request asks of the database. */
  const client = () =>
    (database.db as unknown as { $client: { query: () => unknown; transaction: () => unknown } })
      .$client;

  it('answers a repeated GET with one query (the audit head) and no ledger read', async () => {
    const first = await app.inject({ url: '/api/report?grouping=un-m49' });
    expect(first.statusCode).toBe(200);
    const query = vi.spyOn(client(), 'query');
    const transaction = vi.spyOn(client(), 'transaction');
    try {
      const again = await app.inject({ url: '/api/report?grouping=un-m49' });
      expect(again.body).toBe(first.body);
      expect(again.headers['etag']).toBe(first.headers['etag']);
      const notModified = await app.inject({
        url: '/api/report?grouping=un-m49',
        headers: { 'if-none-match': String(first.headers['etag']) },
      });
      expect(notModified.statusCode).toBe(304);
      expect(transaction).not.toHaveBeenCalled();
      expect(query).toHaveBeenCalledTimes(2);
      const [sent] = query.mock.calls as unknown as [string][];
      expect(sent?.[0]).toMatch(/from "audit_log"/i);
    } finally {
      query.mockRestore();
      transaction.mockRestore();
    }
  });

  it('computes one report for requests that arrive together', async () => {
    await app.inject({ method: 'GET', url: '/api/report?grouping=seed-2020' });
    await signedIn(database); // an audited change (a test user and token): the version moves
    const transaction = vi.spyOn(client(), 'transaction');
    try {
      const answers = await Promise.all(
        [1, 2, 3].map(() => app.inject({ url: '/api/report?grouping=seed-2020' })),
      );
      expect(new Set(answers.map((a) => a.headers['etag'])).size).toBe(1);
      expect(transaction.mock.calls.length).toBeLessThanOrEqual(2); // the ledger read (+ experts)
    } finally {
      transaction.mockRestore();
    }
  });

  it('changes the report and its ETag when a batch is approved', async () => {
    const before = await app.inject({ url: '/api/report?grouping=seed-2020' });
    const etag = String(before.headers['etag']);
    const headers = await signedIn(database, 'coordinator');
    const draft = await app.inject({
      method: 'POST',
      url: '/api/batches',
      headers,
      payload: { id: 'batch-5', title: 'Batch 5', number: 5 },
    });
    expect(draft.statusCode).toBe(201);
    const unchanged = await app.inject({
      url: '/api/report?grouping=seed-2020',
      headers: { 'if-none-match': etag },
    });
    expect(unchanged.statusCode).toBe(304); // a draft counts for nothing: same report, same ETag
    const approved = await app.inject({
      method: 'POST',
      url: '/api/batches/batch-5/approve',
      headers,
      payload: { by: 'CIDCA' },
    });
    expect(approved.statusCode).toBe(200);
    const after = await app.inject({
      url: '/api/report?grouping=seed-2020',
      headers: { 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers['etag']).not.toBe(etag);
    const report = after.json<Report>();
    expect(report.totals.batches).toBe(before.json<Report>().totals.batches + 1);
    expect(report.headline.en).toMatch(/^Five batches to /);
  });
});
