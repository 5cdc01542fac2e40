import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BEDS_PER_1000_BY_INCOME, DEFAULT_PARAMS } from './params';
import { OMITTED_ESFT_COLUMNS, RATE_SOURCES, REUSABLE_ITEMS } from './rates';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/forecast');
const real = path.join(path.resolve(root, '../shared/data'), 'esft');
const realExists = existsSync(path.join(real, 'equipment.csv'));
if (!realExists) console.log(`Skipping real ESFT sheet checks: ${real} is absent.`);

type Row = Record<string, string>;
const read = (dir: string, file: string): Row[] =>
  parse(readFileSync(path.join(dir, file)), {
    columns: true,
    bom: true,
    relax_column_count: true,
  }) as Row[];

function checkSheets(dir: string): void {
  it('every copied rate equals equipment.csv', () => {
    const rows = read(dir, 'equipment.csv');
    for (const r of RATE_SOURCES) {
      if (!r.csv) continue;
      const row = rows.find((x) => x['item'] === r.csv?.item);
      expect(row, `row '${r.csv.item}'`).toBeDefined();
      expect(Number(row?.[r.csv.column]), `${r.item} ${r.role}`).toBeCloseTo(r.value, 12);
      expect(row?.['reusable'] === 'Yes', `${r.item} reusable`).toBe(REUSABLE_ITEMS.has(r.item));
    }
  });

  it('no rate of a copied row is silently left out', () => {
    const rows = read(dir, 'equipment.csv');
    const used = new Set(RATE_SOURCES.map((r) => r.csv?.item).filter(Boolean));
    for (const row of rows.filter((x) => used.has(x['item']))) {
      for (const [column, text] of Object.entries(row)) {
        if (!column.startsWith('amount_per_') || text === '' || Number(text) === 0) continue;
        const copied = RATE_SOURCES.some(
          (r) => r.csv?.item === row['item'] && r.csv?.column === column,
        );
        expect(copied || OMITTED_ESFT_COLUMNS.includes(column), `${row['item']} ${column}`).toBe(
          true,
        );
      }
    }
  });

  it('staffing figures equal the sums in hwfe.csv', () => {
    const hcw = read(dir, 'hwfe.csv').filter((r) => r['esft_group'] === 'HCW');
    const hours = (col: string): number => hcw.reduce((s, r) => s + Number(r[col]), 0);
    const { staffing } = DEFAULT_PARAMS;
    expect(staffing.hoursPerSevereBed).toBeCloseTo(hours('patient_t24_sev'), 9);
    expect(staffing.hoursPerCriticalBed).toBeCloseTo(hours('patient_t24_crit'), 9);
    expect(staffing.screeningsPerWorkerPerDay).toBeCloseTo(
      staffing.shiftHours / hours('patient_t24_screen'),
      9,
    );
  });

  it('bed fallbacks equal bed_nr_proxy.csv', () => {
    const rows = read(dir, 'bed_nr_proxy.csv');
    for (const [group, beds] of Object.entries(BEDS_PER_1000_BY_INCOME)) {
      expect(Number(rows.find((r) => r['income_group'] === group)?.['beds_1000'])).toBe(beds);
    }
  });
}

describe('copied ESFT figures (fixture cut of the sheets)', () => checkSheets(fixtures));
describe.skipIf(!realExists)('copied ESFT figures (staged real sheets)', () => checkSheets(real));
