// `tongzhou allocate` in child processes, on the demo database with stock, reserve rules and requests
// entered through the operations services.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type AllocationPlan } from '../../src/core/allocation';
import { openDatabase } from '../../src/db/database';
import { agreeRequest, createRequest } from '../../src/services/requests.service';
import { changeStock, saveDepotIn, setItemSettingsIn } from '../../src/services/supply.service';
import { writeDataDir } from '../db/fresh-database';
import { tongzhouChild, type CliRun } from './child-process';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-allocate-'));
const dataDir = path.join(tmp, 'data');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs `tongzhou ...args` in a child process on the demo data directory (or `dir`). */
const tongzhou = (args: string[], dir = dataDir): Promise<CliRun> => tongzhouChild(args, dir);

beforeAll(async () => {
  await writeDataDir(dataDir, 'demo');
  const database = await openDatabase({ dataDir });
  try {
    await database.transaction((tx) =>
      saveDepotIn(tx, {
        id: 'T11',
        nameEn: 'Test',
        nameZh: '测试',
        city: 'Wuhan',
        basis: 'entered',
      }),
    );
    await changeStock(database, { depot: 'T11', item: 'mask-surgical', quantity: 5_000_000 });
    await changeStock(database, { depot: 'T11', item: 'test-pcr', quantity: 300_000 });
    await database.transaction(async (tx) => {
      await setItemSettingsIn(tx, {
        item: 'mask-surgical',
        reserve: { kind: 'cover-days', dailyConsumption: 50_000 },
        productionPerDay: 100_000,
      });
      await setItemSettingsIn(tx, {
        item: 'test-pcr',
        reserve: { kind: 'fixed', quantity: 100_000 },
      });
    });
    const request = (id: string, recipient: string, lines: [string, number][]) =>
      createRequest(database, {
        id,
        recipient,
        kind: 'supplies',
        title: `test ${id}`,
        lines: lines.map(([item, asked]) => ({ item, asked })),
      });
    await request('t11-pak', 'PAK', [
      ['mask-surgical', 2_000_000],
      ['test-pcr', 50_000],
    ]);
    await request('t11-ita', 'ITA', [
      ['mask-surgical', 3_000_000],
      ['test-pcr', 200_000],
    ]);
    await request('t11-who', 'WHO', [['mask-surgical', 1_000_000]]);
    await agreeRequest(database, 't11-ita', {
      agreedBy: 'test',
      agreedOn: '2020-03-20',
      lines: [{ line: 'mask-surgical', agreed: 2_500_000 }],
    });
  } finally {
    await database.close();
  }
}, 120_000);

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('tongzhou allocate', () => {
  it('prints the full plan as JSON: reserve kept, production counted, never over what is available', async () => {
    const run = await tongzhou([
      'allocate',
      '--date',
      '2020-03-26',
      '--requests',
      't11-pak,t11-ita,t11-who',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { date: string; shipDate: string; plan: AllocationPlan };
    expect(out).toMatchObject({ date: '2020-03-26', shipDate: '2020-04-02' });
    const masks = out.plan.items.find((i) => i.item === 'mask-surgical')!;
    expect(masks).toMatchObject({ producible: 700_000, reserve: 1_500_000 });
    expect(masks.available).toBe(masks.stock + 700_000 - 1_500_000);
    for (const item of out.plan.items) expect(item.allocated).toBeLessThanOrEqual(item.available);
    const got = out.plan.lines.map((l) => [l.recipient, l.item, l.requested]);
    expect(got).toEqual([
      ['ITA', 'mask-surgical', 2_500_000],
      ['ITA', 'test-pcr', 200_000],
      ['PAK', 'mask-surgical', 2_000_000],
      ['PAK', 'test-pcr', 50_000],
      ['WHO', 'mask-surgical', 1_000_000],
    ]);
    for (const l of out.plan.lines) {
      expect(l.quantity).toBeLessThanOrEqual(l.need);
      expect(l.reason.en.length).toBeGreaterThan(10);
    }
  }, 60_000);

  it('prints recipients x items as an aligned table with the reason on every line', async () => {
    // One at a time: the embedded database admits one process.
    const args = ['allocate', '--date', '2020-03-26', '--requests', 't11-pak,t11-ita,t11-who'];
    const table = await tongzhou(args);
    const json = await tongzhou([...args, '--json']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Allocation proposal as of 2020-03-26 \(ship date 2020-04-02\), policy tongzhou-default/,
    );
    const head = lines.findIndex((l) => l.startsWith('Recipient'));
    const why = lines[head]!.indexOf('Why');
    const rows = lines.slice(head + 2, head + 7);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.slice(why)).toMatch(/^(Supply ran out|Need met|Whole packs)/);
      expect(row[why - 1]).toBe(' ');
    }
    const plan = (JSON.parse(json.stdout) as { plan: AllocationPlan }).plan;
    const pak = rows.find((r) => r.startsWith('Pakistan (PAK)') && r.includes('mask-surgical'))!;
    const pakLine = plan.lines.find((l) => l.recipient === 'PAK' && l.item === 'mask-surgical')!;
    expect(pak).toContain(pakLine.quantity.toLocaleString('en-US'));
    expect(pak).toContain(pakLine.reason.en);
    expect(table.stdout).toMatch(/Lowest fill rate: \d+ % \(population pro-rata: \d+ %\)/);
  }, 60_000);

  it('plans with a policy file: every factor off gives every recipient weight 1', async () => {
    const file = path.join(tmp, 'equal.json');
    const equal = {
      ...DEFAULT_POLICY,
      factors: DEFAULT_POLICY.factors.map((f) => ({ ...f, enabled: false })),
    };
    fs.writeFileSync(file, JSON.stringify(equal));
    const run = await tongzhou([
      'allocate',
      '--requests',
      't11-pak,t11-ita',
      '--policy',
      file,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const plan = (JSON.parse(run.stdout) as { plan: AllocationPlan }).plan;
    expect(new Set(plan.lines.map((l) => l.weight))).toEqual(new Set([1]));
  }, 60_000);

  it('names the bad field of a policy file in one line, without a stack trace', async () => {
    const file = path.join(tmp, 'bad.json');
    const bad = {
      ...DEFAULT_POLICY,
      factors: DEFAULT_POLICY.factors.map((f, i) => (i === 0 ? { ...f, weight: 'a lot' } : f)),
    };
    fs.writeFileSync(file, JSON.stringify(bad));
    const run = await tongzhou(['allocate', '--policy', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const err = run.stderr.trim();
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(
      /^tongzhou: --policy .*bad\.json: policy\.factors\.0\.weight: must be a number/,
    );
    noStack(run.stderr);

    fs.writeFileSync(file, '{ "id": ');
    const broken = await tongzhou(['allocate', '--policy', file]);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim()).toMatch(/^tongzhou: --policy .*bad\.json: not valid JSON/);
    noStack(broken.stderr);
  }, 60_000);

  it('says there is nothing to allocate on a database without requests or case series', async () => {
    const empty = path.join(tmp, 'empty');
    await writeDataDir(empty, 'migrated');
    const run = await tongzhou(['--no-demo', 'allocate', '--date', '2020-03-26'], empty);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Note: No case series is loaded');
    expect(run.stdout).toContain('Note: No open supplies request has quantities left to plan');
    expect(run.stdout.trimEnd().endsWith('Nothing to allocate.')).toBe(true);
  }, 120_000);
});
