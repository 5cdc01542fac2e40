// The open report use case: read the ledger's grouped rows in one transaction and aggregate them in core;
// for the API, keep the last report per grouping until the data version (the audit trail's head) moves.
import { createHash } from 'node:crypto';
import { GROUPINGS, groupingById, type GroupingId } from '../core/reference/groupings';
import { buildReport, type ExpertsFigures, type Report } from '../core/reporting';
import type { IsoDate } from '../core/shared/brand';
import type { Database } from '../db/database';
import {
  readOneSnapshot,
  reportAllocations,
  reportBatches,
  reportConsignmentWeeks,
  reportReceipts,
  reportRequestLines,
  reportRequests,
  reportShipments,
} from '../db/report.repository';
import { auditHead } from '../db/audit.repository';
import { currentScenario } from '../db/scenario.repository';
import { expertsSummary } from './deployments.service';
import { BadRequestError } from './errors';

/** The grouping the report uses when none is asked for: the seed's five regions. */
export const REPORT_DEFAULT_GROUPING: GroupingId = 'seed-2020';

/** The grouping named `id`, or a BadRequestError naming the field and the known ids. */
export function reportGrouping(id: string | undefined, field = 'grouping'): GroupingId {
  if (id === undefined) return REPORT_DEFAULT_GROUPING;
  const found = groupingById(id);
  if (!found) {
    throw new BadRequestError(
      `${field}: unknown grouping "${id}"; known: ${GROUPINGS.map((g) => g.id).join(', ')}`,
      field,
    );
  }
  return found.id;
}

/** The experts summary's figures the report repeats, or null when there are no teams and no sessions. */
async function expertsFigures(
  database: Database,
  asOf: IsoDate | null,
): Promise<ExpertsFigures | null> {
  const s = await expertsSummary(database, asOf ?? undefined);
  if (s.teams.sent === 0 && s.sessions.sessions === 0 && s.stationed.teams === 0) return null;
  return {
    teamsSent: s.teams.sent,
    teamCountries: s.teams.countries,
    teamPeople: s.teams.people,
    trainings: s.teams.trainings,
    trainees: s.teams.trainees,
    stationedTeams: s.stationed.teams,
    stationedCountries: s.stationed.countries,
    sessions: s.sessions.sessions,
    sessionCountries: s.sessions.countries,
    sessionOrganisations: s.sessions.organisations,
    sessionAttendees: s.sessions.attendees,
  };
}

/** The report computed from one snapshot, and the data version (audit head) that snapshot saw. */
async function computeReport(
  database: Database,
  groupingId: GroupingId,
): Promise<{ report: Report; version: DataVersion }> {
  const { version, ...rows } = await database.transaction(async (tx) => {
    await readOneSnapshot(tx);
    const scenario = await currentScenario(tx);
    return {
      version: versionOf(await auditHead(tx)),
      asOf: (scenario?.manifest.asOf ?? null) as IsoDate | null,
      batches: await reportBatches(tx),
      requests: await reportRequests(tx),
      requestLines: await reportRequestLines(tx),
      allocations: await reportAllocations(tx),
      shipments: await reportShipments(tx),
      receipts: await reportReceipts(tx),
      consignmentWeeks: await reportConsignmentWeeks(tx),
    };
  });
  const experts = await expertsFigures(database, rows.asOf);
  return { report: buildReport({ ...rows, grouping: groupingId, experts }), version };
}

/** The open report under a grouping, computed from the ledger as it stands (one consistent read). */
export async function getReport(database: Database, grouping?: string): Promise<Report> {
  return (await computeReport(database, reportGrouping(grouping))).report;
}

/**
 * The data version the report depends on: the audit trail's head. Every change made through Tongzhou
 * (scenario load, requests, batches, consignments, receipts, experts) appends an audit row in its own
 * transaction, under the chain's lock, so the head only moves forward and moves with every change.
 */
export interface DataVersion {
  seq: number;
  hash: string | null;
}

const versionOf = (head: { seq: number; hash: string } | null): DataVersion =>
  head ? { seq: Number(head.seq), hash: head.hash } : { seq: 0, hash: null };

const sameVersion = (a: DataVersion, b: DataVersion) => a.seq === b.seq && a.hash === b.hash;

/** A report ready to send: the report, its ETag, and the data version it was computed at. */
export interface CachedReport {
  report: Report;
  etag: string;
  version: DataVersion;
}

interface ReportCache {
  done: Map<GroupingId, CachedReport>;
  /** Computations under way, by grouping, with the version read before they started. */
  running: Map<GroupingId, { version: DataVersion; answer: Promise<CachedReport> }>;
}

const caches = new WeakMap<Database, ReportCache>();

function cacheOf(database: Database): ReportCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = { done: new Map(), running: new Map() };
    caches.set(database, cache);
  }
  return cache;
}

/**
 * The open report for the API: recomputed only when the data version (one index lookup on the audit
 * trail) has moved since the last computation for this grouping on this database; requests that arrive
 * while it is being computed wait for that computation instead of starting their own.
 */
export async function cachedReport(database: Database, grouping?: string): Promise<CachedReport> {
  const groupingId = reportGrouping(grouping);
  const cache = cacheOf(database);
  const current = versionOf(await auditHead(database.db));
  const done = cache.done.get(groupingId);
  if (done && sameVersion(done.version, current)) return done;
  const running = cache.running.get(groupingId);
  if (running && sameVersion(running.version, current)) return running.answer;
  const answer: Promise<CachedReport> = computeReport(database, groupingId)
    .then(({ report, version }) => {
      const result = { report, version, etag: etagOf(JSON.stringify(report)) };
      const latest = cache.done.get(groupingId);
      if (!latest || latest.version.seq <= version.seq) cache.done.set(groupingId, result);
      return result;
    })
    .finally(() => {
      if (cache.running.get(groupingId)?.answer === answer) cache.running.delete(groupingId);
    });
  cache.running.set(groupingId, { version: current, answer });
  return answer;
}

/** A strong ETag for a response body: the same report gives the same tag on every server. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
