import { describe, expect, it } from 'vitest';
import type { IsoDate, Iso3 } from '../shared/brand';
import { ExpertInputError } from './input-error';
import {
  activeStationedTeams,
  checkStationedTeams,
  stationedSpecialties,
  summariseStationed,
} from './stationed';
import type { StationedTeam } from './types';

const d = (s: string): IsoDate => s as IsoDate;
const team = (
  id: string,
  country: string,
  since: string,
  until: string | null,
  over: Partial<StationedTeam> = {},
): StationedTeam => ({
  id,
  country: country as Iso3,
  kind: 'medical-team',
  name: `Team ${id}`,
  members: 10,
  specialties: ['clinical-respiratory', 'tcm'],
  since: d(since),
  until: until === null ? null : d(until),
  ...over,
});

const teams = [
  team('t1', 'TZA', '1964-01-01', null),
  team('t2', 'DZA', '1963-04-01', null, { members: 20, specialties: ['nursing'] }),
  team('t3', 'DZA', '2010-01-01', '2020-03-01'),
  team('t4', 'KHM', '2020-04-01', null),
];

describe('stationed teams', () => {
  it('counts only the teams in place on the day, both ends included', () => {
    expect(activeStationedTeams(teams, d('2020-03-01')).map((t) => t.id)).toEqual([
      't2',
      't3',
      't1',
    ]);
    expect(activeStationedTeams(teams, d('2020-03-02')).map((t) => t.id)).toEqual(['t2', 't1']);
    expect(activeStationedTeams(teams, d('2020-04-01'), 'KHM' as Iso3).map((t) => t.id)).toEqual([
      't4',
    ]);
  });

  it('summarises countries, teams, people and specialties', () => {
    expect(summariseStationed(teams, d('2020-03-15'))).toEqual({
      countries: 2,
      teams: 2,
      members: 30,
      bySpecialty: { 'clinical-respiratory': 1, tcm: 1, nursing: 1 },
    });
    expect(stationedSpecialties(teams, 'DZA' as Iso3, d('2020-02-01'))).toEqual([
      'clinical-respiratory',
      'nursing',
      'tcm',
    ]);
  });

  it('names bad fields', () => {
    const bad = [
      team('t1', 'XXX', '2020-01-01', '2019-01-01', { members: 0 }),
      team('t1', 'ITA', '2020-01-01', null),
    ];
    try {
      checkStationedTeams(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExpertInputError);
      expect((e as ExpertInputError).issues.map((i) => i.field)).toEqual([
        'stationedTeams[0].country',
        'stationedTeams[0].members',
        'stationedTeams[0].until',
        'stationedTeams[1].id',
      ]);
    }
    expect(() => checkStationedTeams(teams)).not.toThrow();
  });
});
