// The expert roster, stationed teams, team proposals and deployments on the driver under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { listExperts } from '../../src/db/experts.repository';
import { BadRequestError, NotFoundError } from '../../src/services/errors';
import {
  addExpert,
  getExpert,
  listRoster,
  listStationed,
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
