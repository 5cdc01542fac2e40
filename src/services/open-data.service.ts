// Use cases: the open-data exports (IATI 2.03 activities, HXL CSV) streamed from one consistent snapshot of
// the ledger, and the ETag that names their content.
import { createHash } from 'node:crypto';
import {
  DEFAULT_PUBLISHER,
  hxlDocument,
  iatiDocument,
  NoActivitiesError,
  runsOf,
  sessionActivity,
  supplyActivity,
  teamActivity,
  type IatiActivity,
  type Publisher,
} from '../core/open-data';
import { DEFAULT_GROUPING_ID, type GroupingId } from '../core/reference/groupings';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import {
  exchangeSessions,
  expertTeams,
  openDataFingerprint,
  supplyRowChunks,
} from '../db/open-data.repository';
import { sql } from 'drizzle-orm';
import { NotFoundError } from './errors';

/** Where an export writes its chunks; a returned promise is awaited (back-pressure). */
export type Sink = (chunk: string) => void | Promise<void>;

/** Bump when the bytes of an export change for the same data, so caches do not serve the old form. */
const FORMAT_VERSION = 1;

/** Rows fetched from the cursor at a time. */
const CHUNK_ROWS = 2000;

/** Runs `fn` in a read-only transaction with one snapshot for all its statements. */
async function snapshot<T>(database: Database, fn: (tx: Db) => Promise<T>): Promise<T> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
    return fn(tx);
  });
}

async function drain(chunks: AsyncIterable<string>, sink: Sink): Promise<void> {
  for await (const chunk of chunks) await sink(chunk);
}

/** Options of the HXL export. */
export interface HxlOptions {
  /** The region grouping of the #region column (default un-m49). */
  grouping?: GroupingId | undefined;
}

/** Streams the whole HXL export (header, hashtag row, one row per batch x recipient x item) into `sink`. */
export async function writeHxl(
  database: Database,
  sink: Sink,
  options: HxlOptions = {},
): Promise<void> {
  await snapshot(database, (tx) =>
    drain(
      hxlDocument(supplyRowChunks(tx, CHUNK_ROWS), options.grouping ?? DEFAULT_GROUPING_ID),
      sink,
    ),
  );
}

/** Options of the IATI export. */
export interface IatiOptions {
  /** Who reports and funds (default: the placeholder publisher of DEFAULT_PUBLISHER). */
  publisher?: Publisher | undefined;
}

async function* activitiesOf(tx: Db, publisher: Publisher): AsyncGenerator<IatiActivity> {
  const runs = runsOf(supplyRowChunks(tx, CHUNK_ROWS), (r) => `${r.batchId}\u0000${r.recipient}`);
  for await (const run of runs) yield supplyActivity(run, publisher);
  for (const team of await expertTeams(tx)) yield teamActivity(team, publisher);
  for (const session of await exchangeSessions(tx)) yield sessionActivity(session, publisher);
}

/**
 * Streams the IATI 2.03 activities document into `sink`: one activity per approved batch and recipient,
 * then one per expert team (D01) and one per exchange session (D02). NotFoundError when there is nothing to publish yet.
 */
export async function writeIati(
  database: Database,
  sink: Sink,
  options: IatiOptions = {},
): Promise<void> {
  const publisher = options.publisher ?? DEFAULT_PUBLISHER;
  try {
    await snapshot(database, async (tx) => {
      const { lastChange } = await openDataFingerprint(tx);
      const meta = { publisher, generatedAt: lastChange ?? '2020-01-01T00:00:00Z' };
      await drain(iatiDocument(meta, activitiesOf(tx, publisher)), sink);
    });
  } catch (error) {
    if (error instanceof NoActivitiesError)
      throw new NotFoundError(`Nothing to publish: ${error.message}`);
    throw error;
  }
}

/** Which export, and the options that change its bytes (the IATI file's publisher among them). */
export type ExportKey =
  { kind: 'iati'; publisher?: Publisher | undefined } | { kind: 'hxl'; grouping: GroupingId };

/** A strong ETag for an export: a hash of the data's fingerprint, the export and its options. */
export async function openDataEtag(database: Database, key: ExportKey): Promise<string> {
  const fingerprint = await openDataFingerprint(database.db);
  const hash = createHash('sha256')
    .update(JSON.stringify({ v: FORMAT_VERSION, key, fingerprint }))
    .digest('base64url')
    .slice(0, 27);
  return `"${hash}"`;
}
