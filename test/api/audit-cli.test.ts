// `tongzhou verify` in a child process on a copy of the demo database: the audit trail verifies, then a
// row changed behind the append-only trigger (disabled, as a superuser could) is reported by number.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { tongzhouChild, type CliRun } from '../cli/child-process';
import { writeDataDir } from '../db/fresh-database';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-audit-cli-'));
beforeAll(() => writeDataDir(dataDir, 'demo'), 300_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** `tongzhou verify` on the copy of the demo database. */
const verify = (): Promise<CliRun> => tongzhouChild(['verify'], dataDir);

describe('tongzhou verify and the audit trail', () => {
  it('verifies the demo trail, then reports the first row changed behind the trigger', async () => {
    const intact = await verify();
    expect(intact.stderr).toBe('');
    expect(intact.code).toBe(0);
    const rows = Number(/Audit trail intact: (\d+) rows verify\./.exec(intact.stdout)?.[1]);
    expect(rows).toBeGreaterThan(100);

    const database = await openDatabase({ dataDir });
    try {
      await database.db.execute(
        sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`,
      );
      await database.db.execute(
        sql`UPDATE audit_log SET actor = 'user:nobody' WHERE seq IN (42, 77)`,
      );
      await database.db.execute(
        sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`,
      );
    } finally {
      await database.close();
    }
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^Chain intact: \d+ events/);
    expect(broken.stdout).toMatch(
      new RegExp(
        `AUDIT TRAIL BROKEN at row 42 of ${rows}: audit row 42 \\(.+\\) was changed after it was recorded`,
      ),
    );
  }, 240_000);
});
