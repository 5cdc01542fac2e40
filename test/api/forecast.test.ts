// The needs forecast through the API (app.inject) and its service, on the demo scenario (march-2020) in
// an in-memory PGlite database. Expected figures come from the scenario's own files and from the
// forecast's other answers, never typed in.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { ApiErrorBody } from '../../src/api/errors';
import { FORECAST_ITEM_IDS, type Band } from '../../src/core/forecast';
import { countryByIso3 } from '../../src/core/reference/countries';
import type { IsoDate } from '../../src/core/shared/brand';
import type { CumulativePoint } from '../../src/core/situation';
import type { Database } from '../../src/db/database';
import type { CountryDetail } from '../../src/services/country.service';
import {
  capacityFor,
  forecastForCountry,
  ForecastRequestError,
  observedWeeks,
  type CountryForecast,
} from '../../src/services/forecast.service';
import { SCENARIOS_DIR } from '../../src/services/scenario-files';
import { demoPglite, DEMO_SCENARIO } from '../db/fresh-database';
import { signedIn } from './auth';

type Health = Record<
  string,
  { bedsPer1000: number | null; doctors: number | null; nurses: number | null }
>;
const scenarioFile = <T>(name: string): T =>
  JSON.parse(fs.readFileSync(path.join(SCENARIOS_DIR, DEMO_SCENARIO, name), 'utf8')) as T;
const health = scenarioFile<Health>('health.json');
const population = scenarioFile<Record<string, { population: number }>>('population.json');
const manifest = scenarioFile<{ asOf: string; defaultSource: string }>('manifest.json');

let database: Database;
let app: FastifyInstance;
let auth: Record<string, string> = {};
let ita: CountryForecast;

beforeAll(async () => {
  database = await demoPglite();
  app = await buildApp({ database, webDir: null });
  auth = await signedIn(database);
  ita = (await get<CountryForecast>('/api/countries/ITA/forecast')).body;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({ headers: auth, method: 'GET', url });
  return { status: res.statusCode, body: res.json<T>() };
}
async function post<T>(body: unknown): Promise<{ status: number; body: T }> {
  const res = await app.inject({
    headers: auth,
    method: 'POST',
    url: '/api/forecasts',
    payload: body as object,
  });
  return { status: res.statusCode, body: res.json<T>() };
}

const item = (f: CountryForecast, id: string) => f.items.find((i) => i.item === id)!;
const inBand = (b: Band) =>
  expect(b.low <= b.value && b.value <= b.high, JSON.stringify(b)).toBe(true);

describe('GET /api/countries/:iso3/forecast on the demo scenario', () => {
  it("defaults to 4 weeks, the central run, the scenario's date and source, and the growth fit", async () => {
    expect(ita).toMatchObject({
      country: { iso3: 'ITA', nameEn: 'Italy' },
      asOf: manifest.asOf,
      source: manifest.defaultSource,
      caseModel: 'growth',
      weeks: 4,
      scenario: 'central',
    });
    const detail = (await get<CountryDetail>('/api/countries/ITA')).body;
    const value = (key: string) => ita.assumptions.find((a) => a.key === key)?.value;
    expect(value('cases.rate')).toBe(detail.growth?.rate);
    expect(value('cases.rateLow')).toBe(detail.growth?.rateLow);
    expect(value('cases.casesToDate')).toBe(detail.situation?.cases);
    expect(value('cases.dailyCasesNow')).toBeCloseTo(detail.situation?.newCases7d ?? NaN, 9);
  });

  it("uses the country's capacity: beds per 1,000 x population, doctors + nurses, each with its source", () => {
    const h = health['ITA']!;
    const pop = population['ITA']!.population;
    expect(ita.capacity.population.value).toBe(pop);
    expect(ita.capacity.beds).toMatchObject({
      value: Math.round((h.bedsPer1000! * pop) / 1000),
      per1000: h.bedsPer1000,
    });
    expect(ita.capacity.beds.source).toContain('World Bank');
    expect(ita.capacity.healthWorkers).toMatchObject({
      value: h.doctors! + h.nurses!,
      doctors: h.doctors,
      nurses: h.nurses,
    });
    expect(ita.capacity.labStaff.value).toBeNull();
    const beds = ita.assumptions.find((a) => a.key === 'capacity.beds')!;
    expect(beds).toMatchObject({
      value: ita.capacity.beds.value,
      source: ita.capacity.beds.source,
    });
    // 40 % of beds and workers stay with other patients (ESFT).
    expect(ita.weekly[0]!.beds.available).toBeCloseTo(0.6 * ita.capacity.beds.value, 6);
    expect(ita.weekly[0]!.healthWorkers.available).toBeCloseTo(
      0.6 * ita.capacity.healthWorkers.value,
      6,
    );
  });

  it('gives every item for every week, net never above gross, every figure inside its band', () => {
    expect(ita.items.map((i) => i.item)).toEqual([...FORECAST_ITEM_IDS]);
    for (const it of ita.items) {
      expect(it.weeks.map((w) => w.week)).toEqual([1, 2, 3, 4]);
      for (const w of it.weeks) {
        [w.gross, w.net].forEach(inBand);
        expect(w.net.value).toBeLessThanOrEqual(w.gross.value);
        expect(w.net).toEqual(w.gross); // no stock, no pipeline
      }
    }
    expect(ita.weekly).toHaveLength(4);
    for (const w of ita.weekly) {
      inBand(w.newCases);
      expect(w.beds.inUse.value).toBeLessThanOrEqual(w.beds.available);
      expect(w.healthWorkers.inUse.value).toBeLessThanOrEqual(w.healthWorkers.available + 1e-6);
    }
  });

  it('makes sense for a growing epidemic: more cases, masks and beds each week; reusables total is the peak', () => {
    const cases = ita.weekly.map((w) => w.newCases.value);
    expect(cases.every((c, i) => i === 0 || c > cases[i - 1]!)).toBe(true);
    const masks = item(ita, 'mask-surgical');
    expect(
      masks.weeks.every((w, i) => i === 0 || w.gross.value > masks.weeks[i - 1]!.gross.value),
    ).toBe(true);
    expect(masks.total.gross.value).toBe(masks.weeks.reduce((s, w) => s + w.gross.value, 0));
    const ventilators = item(ita, 'ventilator');
    expect(ventilators.reusable).toBe(true);
    expect(ventilators.total.gross.value).toBe(
      Math.max(...ventilators.weeks.map((w) => w.gross.value)),
    );
    // Tests: at least one per new case (every confirmed case was tested).
    expect(ita.weekly[0]!.tests.needed.value).toBeGreaterThan(ita.weekly[0]!.newCases.value);
  });

  it('respects the horizon and the chosen scenario', async () => {
    const twelve = (await get<CountryForecast>('/api/countries/ita/forecast?weeks=12')).body;
    expect(twelve.weeks).toBe(12);
    expect(twelve.weekly).toHaveLength(12);
    expect(twelve.items.every((i) => i.weeks.length === 12)).toBe(true);
    const one = (await get<CountryForecast>('/api/countries/ITA/forecast?weeks=1')).body;
    expect(one.items.every((i) => i.weeks.length === 1)).toBe(true);
    expect(one.weekly[0]!.newCases).toEqual(ita.weekly[0]!.newCases);
    const high = (await get<CountryForecast>('/api/countries/ITA/forecast?scenario=high')).body;
    expect(high.scenario).toBe('high');
    expect(high.weekly[3]!.newCases.value).toBe(ita.weekly[3]!.newCases.high);
    expect(high.weekly[3]!.newCases.value).toBeGreaterThan(ita.weekly[3]!.newCases.value);
  });

  it('forecasts from an earlier date with less data behind it', async () => {
    const { status, body } = await get<CountryForecast>(
      '/api/countries/ITA/forecast?date=2020-03-10',
    );
    expect(status).toBe(200);
    expect(body.asOf).toBe('2020-03-10');
    expect(body.weekly[0]!.newCases.value).toBeLessThan(ita.weekly[0]!.newCases.value);
  });
});

describe('POST /api/forecasts', () => {
  it('takes stock on hand first, then each delivery from its arrival week', async () => {
    const g = item(ita, 'gown').weeks.map((w) => w.gross.value);
    const v = item(ita, 'ventilator').weeks.map((w) => w.gross.value);
    const m = item(ita, 'mask-surgical').weeks.map((w) => w.gross.value);
    const stock = { gown: g[0]! + 10, ventilator: v[1]! };
    const delivery = m[2]! + m[3]!;
    const { status, body } = await post<CountryForecast>({
      country: 'ITA',
      weeks: 4,
      stock,
      pipeline: [{ item: 'mask-surgical', quantity: delivery, arrivalWeek: 3 }],
    });
    expect(status).toBe(200);
    const net = (id: string) => item(body, id).weeks.map((w) => w.net.value);
    expect(item(body, 'gown').weeks.map((w) => w.gross.value)).toEqual(g);
    expect(net('gown')).toEqual([0, g[1]! - 10, g[2]!, g[3]!]);
    // Reusables: units needed in service minus units on hand, never below zero.
    expect(net('ventilator')).toEqual(v.map((x) => Math.max(0, x - stock.ventilator)));
    // A delivery in week 3 does not help weeks 1 and 2.
    expect(net('mask-surgical')).toEqual([m[0], m[1], 0, 0]);
    for (const it of body.items)
      for (const w of it.weeks) expect(w.net.high).toBeLessThanOrEqual(w.gross.high);
    expect(body.assumptions.find((a) => a.key === 'stock.gown')?.value).toBe(stock.gown);
  });

  it("uses the user's weekly case series, with its range, instead of the growth fit", async () => {
    const { status, body } = await post<CountryForecast>({
      country: 'ITA',
      weeks: 2,
      scenario: 'low',
      cases: { weeklyNewCases: [1000, 3000], weeklyLow: [800, 2000], weeklyHigh: [1500, 5000] },
    });
    expect(status).toBe(200);
    expect(body.caseModel).toBe('series');
    expect(body.weekly.map((w) => w.newCases)).toEqual([
      { value: 800, low: 800, high: 1500 },
      { value: 2000, low: 2000, high: 5000 },
    ]);
    const previous = body.assumptions.find((a) => a.key === 'cases.previousWeeks')!;
    expect(previous.value).toBeGreaterThan(0);
    expect(previous.source).toContain(`daily new cases up to ${manifest.asOf}`);
  });

  it('applies parameter overrides and says which were set for this run', async () => {
    const { body } = await post<CountryForecast>({
      country: 'ITA',
      weeks: 4,
      params: { testing: { antigenShare: 0.5 } },
    });
    const antigen = body.assumptions.find((a) => a.key === 'testing.antigenShare')!;
    expect(antigen.value).toBe(0.5);
    expect(antigen.source).toMatch(/^set for this run \(default 0\.2/);
    const share = (f: CountryForecast) =>
      item(f, 'test-antigen').total.gross.value /
      (item(f, 'test-antigen').total.gross.value + item(f, 'test-pcr').total.gross.value);
    expect(share(ita)).toBeCloseTo(0.2, 2);
    expect(share(body)).toBeCloseTo(0.5, 2);
    expect(item(body, 'ventilator')).toEqual(item(ita, 'ventilator'));
  });

  it("labels a bed figure that is ESFT's income-group average, and reads series for countries without a fit", async () => {
    const { status, body } = await post<CountryForecast>({
      country: 'SSD',
      weeks: 2,
      cases: { weeklyNewCases: [10, 20] },
    });
    expect(status).toBe(200);
    expect(body.capacity.beds.per1000).toBe(health['SSD']!.bedsPer1000);
    expect(body.capacity.beds.value).toBe(
      Math.round((health['SSD']!.bedsPer1000! * population['SSD']!.population) / 1000),
    );
    expect(body.capacity.beds.source).toContain('income-group average for Low income');
    const words = body.assumptions.find((a) => a.key === 'capacity.beds')!.plainWords;
    expect(words).toContain("the average of the country's income group");
  });

  it('counts the nurses alone when doctors are unknown, and takes capacity the user gives', async () => {
    const tuv = await post<CountryForecast>({
      country: 'TUV',
      weeks: 1,
      cases: { weeklyNewCases: [1] },
    });
    expect(tuv.status).toBe(200);
    expect(tuv.body.capacity.healthWorkers).toMatchObject({
      value: health['TUV']!.nurses,
      doctors: null,
    });
    expect(tuv.body.capacity.healthWorkers.source).toMatch(/^nurses only/);
    const vat = await post<CountryForecast>({
      country: 'VAT',
      weeks: 1,
      capacity: { beds: 50, healthWorkers: 20, labStaff: 2 },
      cases: { weeklyNewCases: [2] },
    });
    expect(vat.status).toBe(200);
    expect(vat.body.capacity.beds).toMatchObject({ value: 50, source: 'as given for this run' });
    expect(vat.body.weekly[0]!.beds.available).toBe(30);
  });
});

describe('forecast requests that are wrong get a 400 naming the field', () => {
  type Err = ApiErrorBody;
  it.each([
    ['weeks=13', 'weeks', /weeks must be a whole number from 1 to 12, got 13/],
    ['weeks=0', 'weeks', /from 1 to 12, got 0/],
    ['weeks=four', 'weeks', /got "four"/],
    ['scenario=worst', 'scenario', /scenario must be low, central or high, got "worst"/],
    ['wekks=2', 'wekks', /unknown field "wekks"/],
    ['date=2020-04-30', 'date', /outside the jhu series/],
  ])('GET ?%s', async (query, field, message) => {
    const { status, body } = await get<Err>(`/api/countries/ITA/forecast?${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request', field });
    expect(body.error.message).toMatch(message);
  });

  it.each([
    [{ weeks: 13 }, 'weeks', /weeks must be a whole number from 1 to 12, got 13/],
    [{ weeks: 2.5 }, 'weeks', /got 2\.5/],
    [{ stock: { gown: -5 } }, 'stock.gown', /stock\.gown must not be negative \(got -5\)/],
    [{ stock: { 'gold-bars': 1 } }, 'stock.gold-bars', /unknown item 'gold-bars' in stock/],
    [{ params: { nonsense: 1 } }, 'params.nonsense', /params: unknown parameter 'nonsense'/],
    [
      { params: { severity: { mild: 2 } } },
      'params.severity.mild',
      /params\.severity\.mild must be/,
    ],
    [
      { params: { rates: { 'gold-bars': { inpatientHcw: 1 } } } },
      'params.rates.gold-bars',
      /gold-bars/,
    ],
    [
      { pipeline: [{ item: 'gold-bars', quantity: 1, arrivalWeek: 1 }] },
      'pipeline[0].item',
      /unknown item 'gold-bars'/,
    ],
    [
      { pipeline: [{ item: 'gown', quantity: 1, arrivalWeek: 0 }] },
      'pipeline[0].arrivalWeek',
      /at least 1/,
    ],
    [
      { cases: { weeklyNewCases: [1, 2] } },
      'cases.weeklyNewCases',
      /has 2 weeks but the horizon is 4/,
    ],
    [
      { cases: { weeklyNewCases: [1, 2, 3, -4] } },
      'cases.weeklyNewCases[3]',
      /must not be negative/,
    ],
    [{ capacity: { beds: -1 } }, 'capacity.beds', /capacity\.beds must not be negative/],
    [{ capacity: { bedz: 1 } }, 'capacity.bedz', /unknown field "bedz"/],
    [{ colour: 'red' }, 'colour', /unknown field "colour"/],
    [{ country: 'QQQ' }, 'country', /no country with ISO3 code "QQQ"/],
    [{ country: 'VAT' }, 'capacity.beds', /no hospital-bed figure for Vatican City \(VAT\)/],
    [{ country: 'TUV' }, 'cases', /too few cases .* to fit a growth rate/],
  ])('POST %j', async (change, field, message) => {
    const { status, body } = await post<Err>({ country: 'ITA', weeks: 4, ...change });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request', field });
    expect(body.error.message).toMatch(message);
  });

  it('404s an unknown country in the path', async () => {
    const { status, body } = await get<Err>('/api/countries/QQQ/forecast');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'not_found', field: 'iso3' });
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await get<{ paths: Record<string, object> }>('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/countries/{iso3}/forecast', '/api/forecasts']),
    );
  });
});

describe('forecastForCountry and its helpers', () => {
  it('reports every invalid field at once', async () => {
    const error = await forecastForCountry(database, 'ITA', {
      weeks: 2,
      stock: { gown: -1, 'gold-bars': 2 },
      pipeline: [{ item: 'gown', quantity: -3, arrivalWeek: 1 }],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForecastRequestError);
    expect((error as ForecastRequestError).issues.map((i) => i.field)).toEqual([
      'stock.gown',
      'stock.gold-bars',
      'pipeline[0].quantity',
    ]);
  });

  it('needs a population', () => {
    const country = countryByIso3('ITA')!;
    expect(() => capacityFor(country, null, null, {})).toThrow(
      /no population figure for Italy \(ITA\)/,
    );
  });

  it('sums the observed weeks back from the last day, whole weeks only', () => {
    // Cumulative 0, 1, 3, 6, ... : day d adds d new cases (day 0 is the first point).
    const points: CumulativePoint[] = Array.from({ length: 17 }, (_, d) => ({
      date: new Date(Date.UTC(2020, 2, 1 + d)).toISOString().slice(0, 10) as IsoDate,
      cases: (d * (d + 1)) / 2,
      deaths: 0,
    }));
    const sum = (from: number, to: number) => ((to + from) * (to - from + 1)) / 2;
    expect(observedWeeks(points, 8)).toEqual([sum(3, 9), sum(10, 16)]);
    expect(observedWeeks(points, 1)).toEqual([sum(10, 16)]);
  });
});
