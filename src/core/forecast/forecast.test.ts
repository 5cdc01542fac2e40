import { describe, expect, it } from 'vitest';
import type { ItemId } from '../shared/brand';
import { forecastNeeds } from './forecast';
import { parseForecastParams } from './parse-params';
import type { Forecast, ForecastInput } from './types';

const item = (f: Forecast, id: string) => {
  const found = f.items.find((i) => i.item === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

/*
 * Worked example, by hand. Serbia's capacity from the ESFT sheet (who_summary_data.csv, rounded):
 * 48,829 beds, 27,195 doctors + 53,162 nurses = 80,357 health workers, 5,577 lab staff. Cases are an
 * illustrative series: 700 new cases the week before, then 1,000 and 2,000. ESFT defaults throughout.
 *
 * Week 2 (C = 2,000):
 *   new cases: mild 0.4 C = 800, moderate 800, severe 0.15 C = 300, critical 0.05 C = 100
 *   in care (stays 2, 2, 1, 2 weeks): mild 0.4 x (2,000 + 1,000) = 1,200, moderate 1,200,
 *     severe 0.15 x 2,000 = 300, critical 0.05 x 3,000 = 150
 *   beds: available 0.6 x 48,829 = 29,297.4; critical 150, severe 300, in use 450 (no cap binds)
 *   inpatient workers: (300 x 18.224181819 + 150 x 32.689375) / 8 = (5,467.2545 + 4,903.4063) / 8
 *     = 1,296.3326 (cap 0.53 x 80,357 = 42,589)
 *   screenings a day: (10 x 2,000 suspects + 800 + 800) / 7 = 3,085.7143; screening workers / 10 = 308.5714
 *   tests: 1 x 1,600 + 2 x 400 + 10 x 2,000 + 10 x 0.6 x 2,000 + 1 x (1,296.3326 + 308.5714)
 *     = 1,600 + 800 + 20,000 + 12,000 + 1,604.9040 = 36,004.9040
 *     antigen 0.2 x 36,004.9040 = 7,200.9808 -> 7,201; PCR 28,803.9232 -> 28,804
 *   lab technicians: 28,803.9232 / 7 / (188 / 3) = 65.6624 (cap 0.5 x 5,577 = 2,788.5)
 *   weekly consumables = 7 x daily, rounded up:
 *     respirator-n95 7 x 1,296.3326 = 9,074.33 -> 9,075
 *     gown 7 x (1,296.3326 + 2 x 308.5714 + 2 x 65.6624) = 7 x 2,044.8003 = 14,313.60 -> 14,314
 *     face-shield 7 x (1,296.3326 + 2 x 65.6624) = 7 x 1,427.6575 = 9,993.60 -> 9,994
 *     gloves-exam 7 x (24 x 1,296.3326 + 8 x 308.5714 + 8 x 65.6624) = 7 x 34,105.8533
 *       = 238,740.97 -> 238,741
 *     mask-surgical 7 x (4 x (1,296.3326 + 308.5714 + 65.6624) + 2 x 450 + 2,400 isolated
 *       + 3,085.7143 screened) = 7 x 13,067.9801 = 91,475.86 -> 91,476
 *   reusables in service (not x 7): goggles 0.1 x 1,296.3326 + 0.1 x 308.5714 + 65.6624 / 15
 *     = 164.87 -> 165; thermometer-ir 0.1 x 450 = 45; ventilator 0.67 x 150 = 100.5 -> 101;
 *     oxygen-concentrator 1 x 450 = 450
 *   oxygen: 1,440 min x (300 x 10 + 150 x 30) L/min = 10,800,000 L a day
 *
 * Stock and pipeline: 5,000 gowns and 40 ventilators on hand; 100,000 glove pairs and 50 ventilators
 * arrive in week 2. Week 1 (C = 1,000, in care: severe 150, critical 0.05 x 1,700 = 85; inpatient
 * workers (150 x 18.2242 + 85 x 32.6894) / 8 = 689.0280, screening 154.2857, lab 32.9057):
 *   gown gross 7 x (689.0280 + 308.5714 + 65.8115) = 7,443.88 -> 7,444; stock 5,000 -> net 2,444,
 *     so week 2 has no stock left: gown net 14,314
 *   gloves week 2 net 238,741 - 100,000 = 138,741
 *   ventilators week 1: 0.67 x 85 = 56.95 -> 57 in service, 40 on hand -> net 17;
 *     week 2: 101 - (40 + 50) = 11; peak need 101, net peak 17
 */
const serbia: ForecastInput = {
  capacity: { population: 8_703_942, beds: 48_829, healthWorkers: 80_357, labStaff: 5_577 },
  cases: { kind: 'series', weeklyNewCases: [1_000, 2_000], previousWeeks: [700] },
  weeks: 2,
  scenario: 'central',
  params: parseForecastParams({}),
  stock: { gown: 5_000, ventilator: 40 },
  pipeline: [
    { item: 'gloves-exam' as ItemId, quantity: 100_000, arrivalWeek: 2 },
    { item: 'ventilator' as ItemId, quantity: 50, arrivalWeek: 2 },
  ],
};

describe('forecastNeeds: the worked example (Serbia, week 2)', () => {
  const f = forecastNeeds(serbia);
  const week2 = f.weekly[1];
  const gross2 = (id: string) => item(f, id).weeks[1]?.gross.value;
  const net = (id: string, week: number) => item(f, id).weeks[week - 1]?.net.value;

  it('matches the clinical figures computed by hand', () => {
    expect(week2?.newBySeverity.severe.value).toBeCloseTo(300, 9);
    expect(week2?.patients.mild.value).toBeCloseTo(1_200, 9);
    expect(week2?.patients.critical.value).toBeCloseTo(150, 9);
    expect(week2?.beds.inUse.value).toBeCloseTo(450, 9);
    expect(week2?.beds.available).toBeCloseTo(29_297.4, 9);
    expect(week2?.healthWorkers.inpatient.value).toBeCloseTo(1_296.3326, 4);
    expect(week2?.healthWorkers.screening.value).toBeCloseTo(308.5714, 4);
    expect(week2?.tests.needed.value).toBeCloseTo(36_004.904, 3);
    expect(week2?.labTechnicians.value).toBeCloseTo(65.6624, 4);
    expect(week2?.oxygenLitresPerDay.value).toBeCloseTo(10_800_000, 3);
  });

  it('matches every item to the unit', () => {
    expect(gross2('test-pcr')).toBe(28_804);
    expect(gross2('test-antigen')).toBe(7_201);
    expect(gross2('respirator-n95')).toBe(9_075);
    expect(gross2('gown')).toBe(14_314);
    expect(gross2('face-shield')).toBe(9_994);
    expect(gross2('gloves-exam')).toBe(238_741);
    expect(gross2('mask-surgical')).toBe(91_476);
    expect(gross2('goggles')).toBe(165);
    expect(gross2('thermometer-ir')).toBe(45);
    expect(gross2('ventilator')).toBe(101);
    expect(gross2('oxygen-concentrator')).toBe(450);
    expect(gross2('shoe-covers')).toBe(0);
  });

  it('nets out stock and pipeline as computed by hand', () => {
    expect(item(f, 'gown').weeks[0]?.gross.value).toBe(7_444);
    expect(net('gown', 1)).toBe(2_444);
    expect(net('gown', 2)).toBe(14_314);
    expect(net('gloves-exam', 2)).toBe(138_741);
    expect(net('ventilator', 1)).toBe(17);
    expect(net('ventilator', 2)).toBe(11);
    expect(item(f, 'ventilator').total.gross.value).toBe(101);
    expect(item(f, 'ventilator').total.net.value).toBe(17);
    expect(item(f, 'gown').total.net.value).toBe(2_444 + 14_314);
  });

  it('has a flat band when the series has no range', () => {
    const g = item(f, 'gown').weeks[1]?.gross;
    expect(g).toEqual({ value: 14_314, low: 14_314, high: 14_314 });
  });
});

/*
 * Caps, by hand. A small country: 100 beds (60 for COVID-19), 100 health workers (53 may treat,
 * 7 may screen), 2 lab staff (1 on COVID-19 tests, 188 / 3 = 62.67 PCR tests a day). 1,000 cases
 * in week 1, none before: severe 150 and critical 50 in care, 200 beds needed.
 *   beds: critical first -> 50 critical, 10 severe, 60 in use; ventilators 0.67 x 50 = 33.5 -> 34
 *   inpatient workers needed (10 x 18.2242 + 50 x 32.6894) / 8 = 227.0888 -> capped at 53;
 *     N95 = 7 x 53 = 371
 *   screening workers needed (10,000 + 800) / 7 / 10 = 154.29 -> capped at 7
 *   PCR needed 0.8 x (800 + 400 + 10,000 + 6,000 + 53 + 7) = 13,808 -> capped at 7 x 62.67
 *     = 438.67 -> 439
 */
describe('forecastNeeds: caps, by hand', () => {
  const f = forecastNeeds({
    capacity: { population: 1_000_000, beds: 100, healthWorkers: 100, labStaff: 2 },
    cases: { kind: 'series', weeklyNewCases: [1_000] },
    weeks: 1,
    scenario: 'central',
    params: parseForecastParams(undefined),
  });
  const w = f.weekly[0];

  it('gives critical patients beds first and keeps 40 % of beds', () => {
    expect(w?.beds.needed.value).toBeCloseTo(200, 9);
    expect(w?.beds.inUse.value).toBeCloseTo(60, 9);
    expect(w?.beds.critical.value).toBeCloseTo(50, 9);
    expect(item(f, 'ventilator').weeks[0]?.gross.value).toBe(34);
  });

  it('caps workers by their share of the workforce and tests by the laboratory', () => {
    expect(w?.healthWorkers.needed.value).toBeCloseTo(227.0888 + 154.2857, 3);
    expect(w?.healthWorkers.inpatient.value).toBeCloseTo(53, 9);
    expect(w?.healthWorkers.screening.value).toBeCloseTo(7, 9);
    expect(item(f, 'respirator-n95').weeks[0]?.gross.value).toBe(371);
    expect(w?.tests.pcr.value).toBeCloseTo(438.6667, 4);
    expect(item(f, 'test-pcr').weeks[0]?.gross.value).toBe(439);
    expect(w?.labTechnicians.value).toBeCloseTo(1, 9);
  });
});

describe('forecastNeeds: scenario and assumptions', () => {
  const input: ForecastInput = {
    capacity: { population: 60_000_000, beds: 190_000, healthWorkers: 570_000 },
    cases: {
      kind: 'exponential',
      dailyCasesNow: 5_000,
      rate: 0.05,
      rateLow: 0.02,
      rateHigh: 0.08,
      casesToDate: 80_000,
    },
    weeks: 4,
    scenario: 'high',
    params: parseForecastParams({ rates: { 'respirator-n95': { inpatientHcw: 1.5 } } }),
  };

  it('reports the chosen run as the value inside the band', () => {
    const f = forecastNeeds(input);
    const central = forecastNeeds({ ...input, scenario: 'central' });
    const g = item(f, 'gloves-exam').weeks[3]?.gross;
    const c = item(central, 'gloves-exam').weeks[3]?.gross;
    expect(g?.value).toBe(g?.high);
    expect(g?.low).toBe(c?.low);
    expect(c?.value).toBeGreaterThan(c?.low ?? Infinity);
    expect(c?.value).toBeLessThan(c?.high ?? -Infinity);
  });

  it('lists the assumptions used, with overrides marked', () => {
    const f = forecastNeeds(input);
    const a = (key: string) => f.assumptions.find((x) => x.key === key);
    expect(a('severity.severe')).toMatchObject({ value: 0.15 });
    expect(a('severity.severe')?.source).toContain('R/parameters.R');
    expect(a('rates.respirator-n95.inpatientHcw')?.source).toMatch(/^set for this run \(default 1/);
    expect(a('rates.gown.screeningHcw')).toMatchObject({ value: 2 });
    expect(a('capacity.labStaff')?.plainWords).toContain('not capped');
    expect(a('cases.rateHigh')).toMatchObject({ value: 0.08 });
    expect(a('rates.shoe-covers')?.source).toContain('not in the ESFT');
    for (const x of f.assumptions) expect(x.plainWords.length).toBeGreaterThan(5);
  });
});
