// `tongzhou forecast` in child processes, on an embedded data directory that already holds the demo
// (written from the shared test template, so no child runs initdb or loads the demo itself).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORECAST_ITEM_IDS } from '../../src/core/forecast';
import type { CountryForecast } from '../../src/services/forecast.service';
import { writeDataDir } from '../db/fresh-database';
import { tongzhouChild, type CliRun } from './child-process';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-cli-forecast-'));
const dataDir = path.join(tmp, 'data');
beforeAll(() => writeDataDir(dataDir, 'demo'), 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs `bin/tongzhou.js forecast ...args` in a child process on the demo data directory. */
const forecast = (args: string[]): Promise<CliRun> => tongzhouChild(['forecast', ...args], dataDir);

/** Writes a file for one test and returns its path. */
function file(name: string, text: string): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
}

describe('tongzhou forecast', () => {
  let json: CountryForecast;

  it('--json gives per week and item gross and net with low and high, and the assumptions', async () => {
    const run = await forecast(['--country', 'ITA', '--weeks', '3', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    json = JSON.parse(run.stdout) as CountryForecast;
    expect(json).toMatchObject({ country: { iso3: 'ITA' }, weeks: 3, scenario: 'central' });
    expect(json.items.map((i) => i.item)).toEqual([...FORECAST_ITEM_IDS]);
    for (const it of json.items) {
      expect(it.weeks.map((w) => w.week)).toEqual([1, 2, 3]);
      for (const w of it.weeks) {
        expect(Object.keys(w.gross).sort()).toEqual(['high', 'low', 'value']);
        expect(w.net.value).toBeLessThanOrEqual(w.gross.value);
        expect(w.gross.low).toBeLessThanOrEqual(w.gross.high);
      }
    }
    expect(json.items.find((i) => i.item === 'gloves-exam')!.weeks[0]!.gross.value).toBeGreaterThan(
      0,
    );
    expect(json.assumptions.length).toBeGreaterThan(10);
    for (const a of json.assumptions)
      expect(Object.keys(a)).toEqual(['key', 'value', 'source', 'plainWords']);
  }, 60_000);

  it('--csv gives one row per week and item, the same figures as --json', async () => {
    const run = await forecast(['--country', 'ITA', '--weeks', '3', '--csv']);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toBe('week,item,unit,reusable,gross,gross_low,gross_high,net,net_low,net_high');
    expect(rows).toHaveLength(3 * FORECAST_ITEM_IDS.length);
    for (const row of rows) {
      const [week, item, , , gross, , , net] = row.split(',');
      const expected = json.items.find((i) => i.item === item)!.weeks[Number(week) - 1]!;
      expect([Number(gross), Number(net)]).toEqual([expected.gross.value, expected.net.value]);
    }
  }, 60_000);

  it('prints items x weeks (net, with gross) and the key assumptions for people, using the files given', async () => {
    const cases = file(
      'cases.csv',
      'week,cases,low,high\n0,30000,,\n1,50000,40000,60000\n2,60000,45000,80000\n',
    );
    const stock = file('stock.csv', 'item,quantity\ngown,100000\n');
    const run = await forecast([
      '--country',
      'ITA',
      '--weeks',
      '2',
      '--cases',
      cases,
      '--stock',
      stock,
    ]);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'Needs forecast for Italy (ITA), 2 weeks after 2020-03-26, central scenario, cases from your series',
    );
    const head = lines.findIndex((l) => l.startsWith('Item '));
    expect(lines[head]).toMatch(/^Item\s+Need\s+Week 1\s+Week 2\s+Total\s+Total low-high$/);
    const table = lines.slice(head, head + 2 + 2 * FORECAST_ITEM_IDS.length);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
    const gown = table.findIndex((l) => l.startsWith('Protective gown'));
    const cells = (l: string) =>
      l
        .trim()
        .split(/\s{2,}/)
        .slice(-4, -2)
        .map((c) => Number(c.replace(/,/g, '')));
    const [net1, net2] = cells(table[gown]!);
    const [gross1, gross2] = cells(table[gown + 1]!);
    expect(table[gown + 1]).toMatch(/^\s+gross\s/);
    expect(net1).toBe(Math.max(0, gross1! - 100_000));
    expect(net2).toBe(Math.max(0, gross2! - Math.max(0, 100_000 - gross1!)));
    expect(run.stdout).toMatch(/^Week\s+New cases\s+low-high/m);
    expect(run.stdout).toMatch(/^\s+1\s+50,000\s+40,000-60,000\s/m);
    expect(run.stdout).toContain('Assumptions\n  - New cases per week as you supplied them');
    expect(run.stdout).toContain('Stock on hand: 100,000 gown');
  }, 60_000);

  it('documents the file formats in --help', async () => {
    const run = await forecast(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--cases FILE     weekly new cases instead of the growth fit');
    expect(run.stdout).toContain('week,cases[,low,high]');
  }, 60_000);

  it.each([
    [
      'a bad cell in a case file',
      () => ['--cases', file('bad.csv', 'week,cases\n1,100\n2,many\n')],
      (f: string) =>
        `tongzhou: ${f}: line 3, column "cases": expected a number of at least 0, got "many"`,
    ],
    [
      'an unknown item and a negative quantity in a stock file',
      () => ['--stock', file('bad-stock.json', '{"gown": -4, "gold": 1}')],
      (f: string) =>
        `tongzhou: ${f}: stock.gown must not be negative (got -4); unknown item 'gold' in stock`,
    ],
    [
      'an unknown parameter',
      () => ['--params', file('bad-params.json', '{"severty": {}}')],
      (f: string) => `tongzhou: ${f}: params: unknown parameter 'severty'`,
    ],
  ])(
    'names the file and the field for %s, in one line without a stack',
    async (_, args, expected) => {
      const a = args();
      const run = await forecast(['--country', 'ITA', '--weeks', '2', ...a]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`${expected(a[1]!)}\n`);
    },
    60_000,
  );
});
