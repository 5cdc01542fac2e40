// The real `tongzhou` command in child processes, on a fresh embedded database that loads the demo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tongzhouChild, type CliRun } from './child-process';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs `bin/tongzhou.js ...args` with its own data dir (never a server) and collects its output. */
const tongzhou = (args: string[], dataDir = path.join(tmp, 'data')): Promise<CliRun> =>
  tongzhouChild(args, dataDir);

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('tongzhou milestones', () => {
  it('prints the world milestones as JSON, loading the demo into the empty database first', async () => {
    const run = await tongzhou(['milestones', '--every', '100000', '--source', 'owid', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const milestones = JSON.parse(run.stdout) as { cases: number; date: string; days: number }[];
    expect(milestones.length).toBeGreaterThanOrEqual(3);
    milestones.forEach((m, i) => {
      expect(Object.keys(m)).toEqual(['cases', 'date', 'days']);
      expect(m.cases).toBe((i + 1) * 100_000);
      expect(m.date).toMatch(/^2020-\d{2}-\d{2}$/);
    });
    // The seed's own figure (statement of 26 March 2020), computed from the OWID series in the demo.
    expect(milestones.slice(0, 3).map((m) => m.days)).toEqual([67, 11, 4]);
  }, 120_000);

  it('prints an aligned table for people', async () => {
    const run = await tongzhou(['milestones', '--every', '100000']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^World milestones every 100,000 cases, source jhu$/);
    expect(lines[2]).toMatch(/^\s*Cases\s+Reached on\s+Days$/);
    const rows = lines.slice(4);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((l) => l.length)).size).toBe(1);
    expect(rows[0]).toMatch(/^100,000 {2}2020-\d{2}-\d{2}\s+\d+$/);
  }, 60_000);

  it('rejects a bad step in one line, without a stack trace', async () => {
    const run = await tongzhou(['milestones', '--every', '0']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("option '--every <n>' argument '0' is invalid");
    noStack(run.stderr);
  }, 60_000);
});

describe('tongzhou errors', () => {
  it('names an unknown country', async () => {
    const run = await tongzhou(['situation', '--country', 'QQQ']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('tongzhou: no country with ISO3 code "QQQ"');
  }, 60_000);

  it('names the file, line and column of a malformed import', async () => {
    const file = path.join(REPO_ROOT, 'test/fixtures/jhu/non-numeric_confirmed.csv');
    const run = await tongzhou(['import', 'jhu', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `tongzhou: ${file}, line 3, column 7 "1/24/20": not a number: "n/a"`,
    );
  }, 60_000);

  it('with --no-demo an empty database has no series, and says how to import one', async () => {
    const run = await tongzhou(
      ['--no-demo', 'milestones', '--every', '100000'],
      path.join(tmp, 'empty'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^tongzhou: source "jhu" has no case series loaded .*tongzhou import jhu FILE/,
    );
    noStack(run.stderr);
  }, 120_000);
});
