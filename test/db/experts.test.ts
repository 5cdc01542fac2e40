// The expert roster, stationed teams, team proposals and deployments on the driver under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { listExperts } from '../../src/db/experts.repository';
import { BadRequestError, NotFoundError } from '../../src/services/errors';
import {
  addActivity,
  createDeployment,
  getDeployment,
  type NewDeployment,
} from '../../src/services/deployments.service';
import {
  addExpert,
  getExpert,
  listRoster,
  listStationed,
  proposeTeam,
  saveStationedIn,
  type NewExpert,
} from '../../src/services/experts.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.close();
});

const epi: NewExpert = {
  id: 'exp-t1',
  name: 'Epidemiologist A (illustrative)',
  specialties: ['epidemiology', 'public-health'],
  languages: ['zh', 'en'],
  institution: 'Provincial CDC',
  availability: [{ from: '2020-03-01', to: '2020-06-30' }],
  deployments: [{ country: 'irn', from: '2020-02-29', to: '2020-03-10' }],
};

describe(`expert roster on ${TEST_DRIVER}`, () => {
  it('stores an expert with history, the country normalised, and reads it back', async () => {
    const saved = await addExpert(database, epi);
    expect(saved.deployments).toEqual([{ country: 'IRN', from: '2020-02-29', to: '2020-03-10' }]);
    const one = await getExpert(database, 'exp-t1');
    expect(one).toMatchObject({ id: 'exp-t1', institution: 'Provincial CDC', basis: 'entered' });
    expect(one.specialties).toEqual(['epidemiology', 'public-health']);
    expect(one.teams).toEqual([]);
  });

  it('filters by specialty and language', async () => {
    await addExpert(database, {
      ...epi,
      id: 'exp-t2',
      name: 'Nurse B (illustrative)',
      specialties: ['nursing'],
      languages: ['zh', 'fa'],
      deployments: [],
    });
    const nurses = await listRoster(database, { specialty: 'nursing' });
    expect(nurses.map((e) => e.id)).toEqual(['exp-t2']);
    const farsi = await listRoster(database, { language: 'fa' });
    expect(farsi.map((e) => e.id)).toEqual(['exp-t2']);
    expect((await listRoster(database)).length).toBe(2);
  });

  it('names the bad field and stores nothing', async () => {
    const bad = async (change: Partial<NewExpert>, field: RegExp) => {
      const error = await addExpert(database, { ...epi, id: 'exp-bad', ...change }).catch((e) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as BadRequestError).field).toMatch(field);
    };
    await bad({ specialties: ['astrology'] }, /specialties\[0\]/);
    await bad({ languages: ['English'] }, /languages\[0\]/);
    await bad(
      { availability: [{ from: '2020-04-01', to: '2020-03-01' }] },
      /availability\[0\]\.to/,
    );
    await bad(
      { deployments: [{ country: 'XXX', from: '2020-01-01', to: '2020-01-02' }] },
      /country/,
    );
    await bad({ id: 'exp-t1' }, /^id$/);
    expect((await listExperts(database.db)).map((e) => e.id)).toEqual(['exp-t1', 'exp-t2']);
  });

  it('reports an unknown expert as not found', async () => {
    await expect(getExpert(database, 'exp-none')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps stationed teams per country and rejects a team ending before it began', async () => {
    const team = {
      id: 'st-khm',
      country: 'KHM' as never,
      kind: 'medical-team' as const,
      name: 'Medical team in Cambodia (illustrative)',
      members: 12,
      specialties: ['clinical-respiratory' as const],
      since: '2015-01-01' as never,
      until: null,
      basis: 'illustrative' as const,
    };
    await database.transaction((tx) => saveStationedIn(tx, [team]));
    expect((await listStationed(database, 'khm')).map((t) => t.id)).toEqual(['st-khm']);
    expect(await listStationed(database, 'ITA')).toEqual([]);
    const error = await database
      .transaction((tx) =>
        saveStationedIn(tx, [{ ...team, id: 'st-x', until: '2014-01-01' as never }]),
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).field).toMatch(/until/);
  });
});

describe(`team proposals and deployments on ${TEST_DRIVER}`, () => {
  const request = {
    country: 'srb',
    specialties: [
      { specialty: 'epidemiology' as const, count: 1 },
      { specialty: 'nursing' as const, count: 1 },
    ],
    languages: ['en'],
    from: '2020-03-26' as never,
    to: '2020-04-10' as never,
  };
  const serbia: NewDeployment = {
    id: 'dep-srb',
    name: 'Team to Serbia (test)',
    country: 'SRB',
    from: '2020-03-26' as never,
    to: '2020-04-10' as never,
    objectives: ['advise the national crisis staff'],
    members: [{ expertId: 'exp-t1' }, { expertId: 'exp-t2', role: 'nursing' }],
  };

  it('proposes a complete team from the stored roster, the country normalised', async () => {
    const p = await proposeTeam(database, request);
    expect(p.complete).toBe(true);
    expect(p.request.country).toBe('SRB');
    expect(p.members.map((m) => m.expertId).sort()).toEqual(['exp-t1', 'exp-t2']);
    expect(p.names['exp-t1']?.institution).toBe('Provincial CDC');
  });

  it('records a deployment; its members then rest and the next proposal names what is uncovered', async () => {
    const d = await createDeployment(database, serbia);
    expect(d.country).toBe('SRB');
    expect(d.members.map((m) => [m.expertId, m.role])).toEqual([
      ['exp-t1', 'epidemiology'],
      ['exp-t2', 'nursing'],
    ]);
    const next = await proposeTeam(database, {
      ...request,
      country: 'ITA',
      from: '2020-04-15' as never,
      to: '2020-04-25' as never,
    });
    expect(next.complete).toBe(false);
    expect(next.members).toEqual([]);
    expect(next.uncovered).toContainEqual({ kind: 'specialty', specialty: 'nursing', missing: 1 });
    expect(next.ineligible.map((i) => i.reason)).toEqual(['resting', 'resting']);
    const busy = await createDeployment(database, {
      ...serbia,
      id: 'dep-ita',
      country: 'ITA',
      from: '2020-04-05' as never,
      to: '2020-04-12' as never,
    }).catch((e) => e);
    expect(busy).toBeInstanceOf(BadRequestError);
    expect((busy as BadRequestError).field).toBe('members[0].expertId');
    expect((busy as BadRequestError).message).toMatch(/deployed.*SRB/);
  });

  it('keeps an activity log with counts, and refuses entries outside the dates or a training without attendees', async () => {
    await addActivity(database, 'dep-srb', {
      kind: 'command-meeting',
      onDate: '2020-03-27',
      title: 'Meeting with the national crisis staff',
    });
    await addActivity(database, 'dep-srb', {
      kind: 'training',
      onDate: '2020-03-28',
      title: 'Infection control training',
      attendees: 120,
    });
    await addActivity(database, 'dep-srb', {
      kind: 'training',
      onDate: '2020-03-29',
      title: 'ICU training',
      attendees: 35,
    });
    const d = await getDeployment(database, 'dep-srb');
    expect(d.counts).toEqual({
      commandMeetings: 1,
      trainings: 2,
      trainees: 155,
      hospitalVisits: 0,
      advice: 0,
    });
    const late = await addActivity(database, 'dep-srb', {
      kind: 'advice',
      onDate: '2020-05-01',
      title: 'x',
    }).catch((e) => e);
    expect((late as BadRequestError).field).toBe('on');
    const noCount = await addActivity(database, 'dep-srb', {
      kind: 'training',
      onDate: '2020-03-30',
      title: 'x',
    }).catch((e) => e);
    expect((noCount as BadRequestError).field).toBe('attendees');
    expect((await getDeployment(database, 'dep-srb')).activities).toHaveLength(3);
    await expect(getDeployment(database, 'dep-none')).rejects.toBeInstanceOf(NotFoundError);
  });
});
