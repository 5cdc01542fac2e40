// The expert roster, stationed teams and deployments with their members and activity log: the only place
// that reads or writes expert, stationed_team, deployment, deployment_member and deployment_activity.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './db.types';
import { deployment, deploymentActivity, deploymentMember, expert, stationedTeam } from './schema';

/** An expert row. */
export type ExpertRow = typeof expert.$inferSelect;
/** An expert to insert (the database sets created_at). */
export type NewExpertRow = Omit<ExpertRow, 'createdAt'>;
/** A stationed-team row. */
export type StationedTeamRow = typeof stationedTeam.$inferSelect;
/** A deployment row. */
export type DeploymentRow = typeof deployment.$inferSelect;
/** A deployment to insert (the database sets created_at). */
export type NewDeploymentRow = Omit<DeploymentRow, 'createdAt'>;
/** A deployment member row. */
export type DeploymentMemberRow = typeof deploymentMember.$inferSelect;
/** An activity-log row. */
export type ActivityRow = typeof deploymentActivity.$inferSelect;
/** An activity to insert (id and recorded_at are the database's). */
export type NewActivityRow = Omit<ActivityRow, 'id' | 'recordedAt'>;

/** Inserts experts; returns how many were new (an existing id is left unchanged). */
export async function insertExperts(db: Db, rows: readonly NewExpertRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const written = await db
    .insert(expert)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ id: expert.id });
  return written.length;
}

/** Every expert, by id. */
export async function listExperts(db: Db): Promise<ExpertRow[]> {
  return db.select().from(expert).orderBy(asc(expert.id));
}

/** One expert, or undefined. */
export async function findExpert(db: Db, id: string): Promise<ExpertRow | undefined> {
  return (await db.select().from(expert).where(eq(expert.id, id)))[0];
}

/** Inserts or replaces stationed teams. */
export async function upsertStationedTeams(
  db: Db,
  rows: readonly StationedTeamRow[],
): Promise<void> {
  for (const row of rows) {
    await db.insert(stationedTeam).values(row).onConflictDoUpdate({
      target: stationedTeam.id,
      set: row,
    });
  }
}

/** Stationed teams, of one country when given, by country then id. */
export async function listStationedTeams(db: Db, country?: string): Promise<StationedTeamRow[]> {
  return db
    .select()
    .from(stationedTeam)
    .where(country ? eq(stationedTeam.country, country) : undefined)
    .orderBy(asc(stationedTeam.country), asc(stationedTeam.id));
}

/** Inserts a deployment with its members. */
export async function insertDeployment(
  db: Db,
  row: NewDeploymentRow,
  members: readonly Omit<DeploymentMemberRow, 'deploymentId'>[],
): Promise<void> {
  await db.insert(deployment).values(row);
  if (members.length > 0) {
    await db.insert(deploymentMember).values(members.map((m) => ({ ...m, deploymentId: row.id })));
  }
}

/** Every deployment, of one country when given, by start date then id. */
export async function listDeployments(db: Db, country?: string): Promise<DeploymentRow[]> {
  return db
    .select()
    .from(deployment)
    .where(country ? eq(deployment.country, country) : undefined)
    .orderBy(asc(deployment.fromDate), asc(deployment.id));
}

/** One deployment, or undefined; `lock` takes a row lock (inside a transaction). */
export async function findDeployment(
  db: Db,
  id: string,
  lock = false,
): Promise<DeploymentRow | undefined> {
  const query = db.select().from(deployment).where(eq(deployment.id, id));
  return (await (lock ? query.for('update') : query))[0];
}

/** Members of the given deployments (all when omitted). */
export async function listMembers(
  db: Db,
  deploymentIds?: readonly string[],
): Promise<DeploymentMemberRow[]> {
  return db
    .select()
    .from(deploymentMember)
    .where(
      deploymentIds ? inArray(deploymentMember.deploymentId, [...deploymentIds, '']) : undefined,
    )
    .orderBy(asc(deploymentMember.deploymentId), asc(deploymentMember.expertId));
}

/** Deployments an expert is a member of, by start date. */
export async function deploymentsOfExpert(db: Db, expertId: string): Promise<DeploymentRow[]> {
  const rows = await db
    .select({ d: deployment })
    .from(deploymentMember)
    .innerJoin(deployment, eq(deployment.id, deploymentMember.deploymentId))
    .where(eq(deploymentMember.expertId, expertId))
    .orderBy(asc(deployment.fromDate));
  return rows.map((r) => r.d);
}

/** Appends an entry to a deployment's activity log. */
export async function insertActivity(db: Db, row: NewActivityRow): Promise<ActivityRow> {
  const [written] = await db.insert(deploymentActivity).values(row).returning();
  return written!;
}

/** The activity log of the given deployments (all when omitted), by date then entry. */
export async function listActivities(
  db: Db,
  deploymentIds?: readonly string[],
): Promise<ActivityRow[]> {
  return db
    .select()
    .from(deploymentActivity)
    .where(
      deploymentIds ? inArray(deploymentActivity.deploymentId, [...deploymentIds, '']) : undefined,
    )
    .orderBy(asc(deploymentActivity.onDate), asc(deploymentActivity.id));
}
