// The API over a real (in-memory PGlite) database holding the tiny scenario, through app.inject().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/core/reference/countries';
import { TIERS } from '../../src/core/situation';
import { buildApp } from '../../src/api/app';
import type { Database } from '../../src/db/database';
import { ensureDemoScenario } from '../../src/services/scenario.service';
import type { ApiErrorBody } from '../../src/api/errors';
import type { CountryDetail, CountryListEntry } from '../../src/services/country.service';
import type { Meta } from '../../src/services/meta.service';
import type { Milestones, Situation } from '../../src/services/situation.service';
import { FRA_CASES, ITA_CASES, TINY, WORLD_CASES, writeScenario } from './tiny-scenario';
import { freshPglite } from '../db/fresh-database';
import { signedIn } from './auth';

let database: Database;
let app: FastifyInstance;
let auth: Record<string, string> = {};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-api-'));

beforeAll(async () => {
  database = await freshPglite();
  const outcome = await ensureDemoScenario(
    database,
    { demo: true, scenario: 'tiny' },
    writeScenario(tmp),
  );
  expect(outcome).toEqual({ status: 'loaded', id: 'tiny', rows: (3 + 1) * 24 + (1 + 1) * 5 });
  app = await buildApp({ database, webDir: null });
  auth = await signedIn(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** GETs `url`; the caller names the body type it expects (ApiErrorBody for errors). */
async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({ headers: auth, method: 'GET', url });
  return { status: res.statusCode, body: res.json<T>() };
}

type Err = ApiErrorBody;
type Detail = CountryDetail & { source: string; date: string };

// Index of a tiny-scenario date in its jhu arrays (2020-02-20 is 0).
const dayIndex = (date: string) => (Date.parse(date) - Date.parse('2020-02-20')) / 86_400_000;

describe('GET /api/health and /api/meta', () => {
  it('reports the driver and the loaded scenario', async () => {
    expect(await get<{ ok: boolean }>('/api/health')).toEqual({
      status: 200,
      body: { ok: true, database: 'pglite', scenario: 'tiny' },
    });
  });

  it('gives the scenario, each source range and the attribution', async () => {
    const { status, body } = await get<Meta>('/api/meta');
    expect(status).toBe(200);
    expect(body.scenario).toEqual({
      id: 'tiny',
      title: TINY.manifest.title,
      asOf: '2020-03-12',
      defaultSource: 'jhu',
      notes: TINY.manifest.notes,
    });
    expect(body.sources.map((s) => [s.id, s.firstDate, s.lastDate])).toEqual([
      ['jhu', '2020-02-20', '2020-03-14'],
      ['owid', '2020-03-01', '2020-03-05'],
    ]);
    expect(body.attribution).toEqual([
      { name: 'Test data', licence: 'CC0', url: 'https://example.org' },
    ]);
  });
});

describe('GET /api/situation', () => {
  it("defaults to the scenario's date and source and lists only countries with a series", async () => {
    const { status, body } = await get<Situation>('/api/situation');
    expect(status).toBe(200);
    expect(body.date).toBe('2020-03-12');
    expect(body.source).toBe('jhu');
    expect(body.tiers).toEqual(TIERS);
    expect(body.countries.map((c) => c.iso3).sort()).toEqual(['DEU', 'FRA', 'ITA']);
    const i = dayIndex('2020-03-12');
    expect(body.world).toEqual({ cases: WORLD_CASES[i], deaths: Math.floor(WORLD_CASES[i]! / 20) });
  });

  it('computes per million, growth and tier from the stored series', async () => {
    const { body } = await get<Situation>('/api/situation?date=2020-03-12');
    const ita = body.countries.find((c) => c.iso3 === 'ITA')!;
    const cases = ITA_CASES[dayIndex('2020-03-12')]!;
    expect(ita).toMatchObject({
      iso2: 'IT',
      isoNumeric: '380',
      nameEn: 'Italy',
      population: 60_000_000,
    });
    expect(ita.nameZh).toMatch(/意大利/);
    expect(ita.cases).toBe(cases);
    expect(ita.casesPerMillion).toBeCloseTo((cases / 60_000_000) * 1e6, 6);
    // Cumulative 100 x 1.25^d: daily new grows by ln 1.25 a day, doubling every ln 2 / ln 1.25 days.
    expect(ita.growthRate).toBeCloseTo(Math.log(1.25), 2);
    expect(ita.doublingTimeDays).toBeCloseTo(Math.log(2) / Math.log(1.25), 1);
    const expectedTier = [...TIERS]
      .reverse()
      .find((t) => (ita.casesPerMillion ?? -1) >= t.minCasesPerMillion);
    expect(ita.tier).toBe(expectedTier?.id);
    const deu = body.countries.find((c) => c.iso3 === 'DEU');
    expect(deu).toMatchObject({ population: null, casesPerMillion: null, tier: 'unknown' });
  });

  it('keeps sources apart', async () => {
    const { status, body } = await get<Situation>('/api/situation?date=2020-03-03&source=owid');
    expect(status).toBe(200);
    expect(body.countries.map((c) => [c.iso3, c.cases])).toEqual([['ITA', 3]]);
    expect(body.world).toEqual({ cases: 13, deaths: 0 });
  });

  it.each([
    ['2020-02-30', /date must be a YYYY-MM-DD calendar date, got "2020-02-30"/, 'date'],
    ['26.3.2020', /got "26\.3\.2020"/, 'date'],
  ])('rejects date=%s with a 400 naming the field and value', async (date, message, field) => {
    const { status, body } = await get<Err>(`/api/situation?date=${date}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request', field });
    expect(body.error.message).toMatch(message);
  });

  it('rejects a date outside the series, saying the available range', async () => {
    const { status, body } = await get<Err>('/api/situation?date=2020-03-20');
    expect(status).toBe(400);
    expect(body.error.field).toBe('date');
    expect(body.error.message).toContain('2020-03-20');
    expect(body.error.message).toContain('from 2020-02-20 to 2020-03-14');
    const owid = await get<Err>('/api/situation?date=2020-03-10&source=owid');
    expect(owid.body.error.message).toContain('from 2020-03-01 to 2020-03-05');
  });

  it('rejects an unknown source naming it', async () => {
    const { status, body } = await get<Err>('/api/situation?source=who');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ field: 'source' });
    expect(body.error.message).toContain('"who"');
  });
});

describe('GET /api/situation/world/milestones', () => {
  it("reaches each multiple on the first day the source's world total does", async () => {
    const { status, body } = await get<Milestones>('/api/situation/world/milestones?every=1000');
    expect(status).toBe(200);
    expect(body.source).toBe('jhu');
    expect(body.every).toBe(1000);
    const last = WORLD_CASES.at(-1)!;
    expect(body.milestones).toHaveLength(Math.floor(last / 1000));
    const firstCase = WORLD_CASES.findIndex((c) => c > 0);
    let previous = firstCase;
    for (const m of body.milestones) {
      const i = dayIndex(m.date);
      expect(WORLD_CASES[i]).toBeGreaterThanOrEqual(m.cases);
      if (i > 0) expect(WORLD_CASES[i - 1]).toBeLessThan(m.cases);
      expect(m.days).toBe(i - previous);
      previous = i;
    }
  });

  it('defaults to every 100,000 and can use another source', async () => {
    expect((await get<Milestones>('/api/situation/world/milestones')).body).toEqual({
      source: 'jhu',
      every: 100000,
      milestones: [],
    });
    const owid = await get<Milestones>('/api/situation/world/milestones?every=5&source=owid');
    expect(owid.body.milestones).toEqual([
      { cases: 5, date: '2020-03-01', days: 0 },
      { cases: 10, date: '2020-03-01', days: 0 },
      { cases: 15, date: '2020-03-05', days: 4 },
    ]);
  });

  it.each(['0', '-5', '1.5', 'many'])(
    'rejects every=%s naming the field and value',
    async (every) => {
      const { status, body } = await get<Err>(`/api/situation/world/milestones?every=${every}`);
      expect(status).toBe(400);
      expect(body.error.field).toBe('every');
      expect(body.error.message).toContain(`"${every}"`);
    },
  );

  it('refuses a step that would produce an unbounded number of milestones', async () => {
    const { status, body } = await get<Err>('/api/situation/world/milestones?every=1');
    expect(status).toBe(400);
    expect(body.error.field).toBe('every');
    expect(body.error.message).toContain(`${WORLD_CASES.at(-1)} milestones`);
  });
});

describe('GET /api/countries', () => {
  it('lists every ISO country, with population where known', async () => {
    const { status, body } = await get<{ countries: CountryListEntry[] }>('/api/countries');
    expect(status).toBe(200);
    expect(body.countries).toHaveLength(COUNTRIES.length);
    expect(body.countries.find((c) => c.iso3 === 'ITA')).toMatchObject({
      iso2: 'IT',
      population: 60_000_000,
    });
    expect(body.countries.find((c) => c.iso3 === 'DEU')?.population).toBeNull();
  });

  it('gives one country in detail, up to the date, case-insensitively', async () => {
    const { status, body } = await get<Detail>('/api/countries/ita?date=2020-03-10');
    expect(status).toBe(200);
    expect(body.country).toMatchObject({
      iso3: 'ITA',
      m49Region: 'Europe',
      m49Subregion: 'Southern Europe',
      population: 60_000_000,
      populationSource: 'worldbank',
    });
    expect(body.health).toEqual({
      bedsPer1000: 3.2,
      bedsYear: 2017,
      bedsSource: 'worldbank',
      doctors: 240_000,
      nurses: 350_000,
      workforceSource: 'who',
    });
    const n = dayIndex('2020-03-10') + 1;
    expect(body.series).toHaveLength(n);
    expect(body.series.at(-1)).toMatchObject({ date: '2020-03-10', cases: ITA_CASES[n - 1] });
    expect(body.series[1]?.newCases).toBe(ITA_CASES[1]! - ITA_CASES[0]!);
    expect(body.situation?.cases).toBe(ITA_CASES[n - 1]);
    expect(body.growth).toMatchObject({ windowDays: 14, endDate: '2020-03-10' });
    const growth = body.growth!;
    expect(growth.rateLow).toBeLessThanOrEqual(growth.rate);
    expect(growth.rateHigh).toBeGreaterThanOrEqual(growth.rate);
    expect(body.corrections).toEqual({ cases: 0, deaths: 0 });
  });

  it('counts the clamped corrections and says where the population comes from', async () => {
    const { body } = await get<Detail>('/api/countries/FRA');
    expect(body.country.populationSource).toBe('jhu');
    expect(body.corrections.cases).toBe(1);
    const dip = body.series[15]!;
    expect(dip.cases).toBe(FRA_CASES[15]);
    expect(dip.newCases).toBe(0);
  });

  it('returns a country without a series with an empty situation', async () => {
    const { status, body } = await get<Detail>('/api/countries/NZL');
    expect(status).toBe(200);
    expect(body).toMatchObject({ situation: null, growth: null, series: [], health: null });
    expect(body.country.population).toBeNull();
  });

  it('answers 404 naming an unknown code and 400 naming a malformed one', async () => {
    const unknown = await get<Err>('/api/countries/QQQ');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not_found', field: 'iso3' });
    expect(unknown.body.error.message).toContain('"QQQ"');
    const malformed = await get<Err>('/api/countries/IT1');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 'bad_request', field: 'iso3' });
    expect(malformed.body.error.message).toContain('"IT1"');
    const badDate = await get<Err>('/api/countries/ITA?date=2021-01-01');
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.field).toBe('date');
  });
});
