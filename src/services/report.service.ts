// The open report use case: read the ledger's grouped rows in one transaction and aggregate them in core.
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

/** The open report under a grouping, from the ledger as it stands (one consistent read). */
export async function getReport(database: Database, grouping?: string): Promise<Report> {
  const groupingId = reportGrouping(grouping);
  const rows = await database.transaction(async (tx) => {
    await readOneSnapshot(tx);
    const scenario = await currentScenario(tx);
    return {
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
  return buildReport({ ...rows, grouping: groupingId, experts });
}

/** A strong ETag for a response body: the same report gives the same tag on every server. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
