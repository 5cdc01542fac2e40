// The operations commands of the real `tongzhou` CLI in child processes, on a copy of the demo database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchView } from '../../src/services/batches.service';
import type { ConsignmentDetail } from '../../src/services/logistics.service';
import type { Trace } from '../../src/services/trace.service';
import { tongzhouChild, type CliRun } from '../cli/child-process';
import { writeDataDir } from '../db/fresh-database';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-ops-cli-'));
beforeAll(() => writeDataDir(dataDir, 'demo'), 300_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** `tongzhou ...args` on the copy of the demo database. */
const tongzhou = (args: string[]): Promise<CliRun> => tongzhouChild(args, dataDir);

const json = async <T>(args: string[]): Promise<T> => {
  const run = await tongzhou([...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
};

describe('tongzhou requests, batches, consignments, trace, verify', () => {
  it('plans batch 5 from the demo, approves it, ships it, refuses an early receipt and traces a line', async () => {
    const draft = await json<BatchView>([
      'batches',
      'draft',
      '--title',
      'Batch 5',
      '--number',
      '5',
    ]);
    expect(draft.status).toBe('draft');
    const approved = await json<BatchView>(['batches', 'approve', draft.id, '--by', 'CIDCA']);
    expect(approved.status).toBe('approved');
    const shipped = await json<ConsignmentDetail[]>(['consignments', 'plan', draft.id]);
    const pak = shipped.find((c) => c.recipient === 'PAK')!;
    expect(pak.marks.label.zh).toBe('为了共同的未来');

    const early = await tongzhou([
      'consignments',
      'event',
      pak.id,
      '--kind',
      'received',
      '--id',
      'evt-cli-early',
      '--payload',
      '{"signedBy":"x","lines":[]}',
    ]);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/^tongzhou: "received" cannot be recorded before "packed"/);
    expect(early.stderr).not.toMatch(/\n\s+at /);

    const line = pak.lines.find((l) => l.item === 'ventilator')!;
    const trace = await json<Trace>(['trace', line.requestLineId!]);
    expect(trace.totals).toMatchObject({
      asked: 100,
      agreed: 100,
      allocated: approved.lines.find((l) => l.requestLineId === line.requestLineId)?.quantity,
    });
    const verify = await tongzhou(['verify']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^Chain intact: \d+ events on \d+ consignments verify\./);
  }, 180_000);
});
