// Reads a scenario's experts.json (roster, stationed teams, deployments with activities, sessions with
// attendance, guidance with versions and deliveries) and loads it through the same use cases the API uses,
// so demo data passes every check live data does. Errors name the file and the field.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SPECIALTIES, STATIONED_KINDS } from '../core/experts';
import { GUIDANCE_KINDS } from '../core/knowledge';
import type { IsoDate, Iso3 } from '../core/shared/brand';
import type { Db } from '../db/db.types';
import { addActivityIn, createDeploymentIn } from './deployments.service';
import { BadRequestError } from './errors';
import { addExpertsIn, saveStationedIn } from './experts.service';
import { createDocumentIn, publishVersionIn, recordDeliveryIn } from './guidance.service';
import { ScenarioFileError } from './scenario-files';
import { createSessionIn, recordAttendanceIn } from './sessions.service';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const window = z.object({ from: date, to: date });
const basis = z.enum(['seed', 'illustrative', 'entered']);

const fileSchema = z.object({
  note: z.string(),
  experts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      specialties: z.array(z.enum(SPECIALTIES)),
      languages: z.array(z.string()),
      institution: z.string(),
      availability: z.array(window),
      deployments: z.array(window.extend({ country: z.string() })),
    }),
  ),
  stationedTeams: z.array(
    z.object({
      id: z.string(),
      country: z.string(),
      kind: z.enum(STATIONED_KINDS),
      name: z.string(),
      nameZh: z.string().optional(),
      members: z.number().int().positive(),
      specialties: z.array(z.enum(SPECIALTIES)),
      since: date,
      until: date.nullable(),
      basis,
    }),
  ),
  deployments: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      country: z.string(),
      from: date,
      to: date,
      status: z.enum(['requested', 'planned', 'deployed', 'returned']),
      unlistedMembers: z.number().int().nonnegative(),
      members: z.array(z.object({ expertId: z.string(), role: z.string() })),
      objectives: z.array(z.string()),
      sourceNote: z.string(),
      basis,
      activities: z.array(
        z.object({
          kind: z.enum(['command-meeting', 'training', 'hospital-visit', 'advice']),
          on: date,
          title: z.string(),
          attendees: z.number().int().nonnegative().optional(),
        }),
      ),
    }),
  ),
  sessions: z.array(
    z.object({
      id: z.string(),
      topic: z.string(),
      topicZh: z.string(),
      startsAt: z.string(),
      durationMinutes: z.number().int().positive(),
      countries: z.array(z.string()),
      organisations: z.array(z.string()),
      hostExperts: z.array(z.string()),
      attendance: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
      basis,
    }),
  ),
  guidance: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(GUIDANCE_KINDS),
      issuer: z.string(),
      originalLanguage: z.string(),
      versions: z.array(
        z.object({
          publishedAt: z.string(),
          changeNote: z.string().nullable(),
          illustrative: z.boolean(),
          translations: z.array(
            z.object({ language: z.string(), title: z.string(), body: z.string() }),
          ),
        }),
      ),
    }),
  ),
  deliveries: z.array(
    z.object({
      documentId: z.string(),
      version: z.number().int().positive(),
      language: z.string(),
      recipient: z.string(),
      deliveredAt: z.string(),
    }),
  ),
});

/** The contents of a scenario's experts.json. */
export type ExpertsDemo = z.infer<typeof fileSchema>;

/** Reads `<dir>/<id>/experts.json`, or null when the scenario has none. */
export function readExpertsDemo(
  dir: string,
  id: string,
): { file: string; data: ExpertsDemo } | null {
  const file = path.join(dir, id, 'experts.json');
  if (!fs.existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ScenarioFileError(`${file}: ${(error as Error).message}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(top level)';
    throw new ScenarioFileError(`${file}: ${where} ${issue?.message ?? 'is invalid'}`);
  }
  return { file, data: parsed.data };
}

async function at<T>(file: string, where: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof BadRequestError) {
      throw new ScenarioFileError(`${file}: ${where}: ${error.message}`);
    }
    throw error;
  }
}

/** Loads the demo inside the scenario's transaction; returns how many records it wrote per kind. */
export async function loadExpertsDemo(
  tx: Db,
  file: string,
  demo: ExpertsDemo,
): Promise<Record<string, number>> {
  await at(file, 'experts', () =>
    addExpertsIn(
      tx,
      demo.experts.map((e) => ({ ...e, basis: 'illustrative' as const })),
    ),
  );
  await at(file, 'stationedTeams', () =>
    saveStationedIn(
      tx,
      demo.stationedTeams.map((t) => ({
        ...t,
        country: t.country as Iso3,
        since: t.since as IsoDate,
        until: t.until as IsoDate | null,
      })),
    ),
  );
  for (const [i, d] of demo.deployments.entries()) {
    await at(file, `deployments.${i}`, async () => {
      const { activities, from, to, ...rest } = d;
      await createDeploymentIn(tx, { ...rest, from: from as IsoDate, to: to as IsoDate });
      for (const a of activities) {
        const { on, ...entry } = a;
        await addActivityIn(tx, d.id, { ...entry, onDate: on });
      }
    });
  }
  for (const [i, s] of demo.sessions.entries()) {
    await at(file, `sessions.${i}`, async () => {
      const { attendance, ...session } = s;
      await createSessionIn(tx, session);
      for (const [participant, attendees] of attendance) {
        await recordAttendanceIn(tx, s.id, { participant, attendees });
      }
    });
  }
  for (const [i, g] of demo.guidance.entries()) {
    await at(file, `guidance.${i}`, async () => {
      const { versions, ...doc } = g;
      await createDocumentIn(tx, doc);
      for (const v of versions) await publishVersionIn(tx, g.id, v);
    });
  }
  for (const [i, d] of demo.deliveries.entries()) {
    await at(file, `deliveries.${i}`, () => recordDeliveryIn(tx, d));
  }
  return {
    experts: demo.experts.length,
    stationedTeams: demo.stationedTeams.length,
    deployments: demo.deployments.length,
    sessions: demo.sessions.length,
    guidance: demo.guidance.length,
    deliveries: demo.deliveries.length,
  };
}
