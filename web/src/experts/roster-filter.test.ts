import { describe, expect, it } from 'vitest';
import type { Expert, StationedTeam } from './experts.types';
import { availableOn, filterRoster, rosterLanguages, stationedByCountry } from './roster-filter';

const expert = (id: string, patch: Partial<Expert>): Expert => ({
  id,
  name: id,
  specialties: ['epidemiology'],
  languages: ['zh'],
  institution: 'CDC',
  availability: [{ from: '2020-03-01', to: '2020-04-30' }],
  deployments: [],
  basis: 'illustrative',
  ...patch,
});

const roster = [
  expert('a', { languages: ['zh', 'en'] }),
  expert('b', {
    specialties: ['tcm'],
    languages: ['zh', 'fa'],
    deployments: [{ country: 'IRN', from: '2020-03-10', to: '2020-03-31' }],
  }),
  expert('c', {
    languages: ['zh', 'en'],
    availability: [{ from: '2020-04-10', to: '2020-05-01' }],
  }),
];

describe('roster filters', () => {
  it('counts a day as available only inside a window and outside every deployment', () => {
    expect(availableOn(roster[1]!, '2020-03-09')).toBe(true);
    expect(availableOn(roster[1]!, '2020-03-10')).toBe(false);
    expect(availableOn(roster[1]!, '2020-03-31')).toBe(false);
    expect(availableOn(roster[2]!, '2020-04-09')).toBe(false);
    expect(availableOn(roster[2]!, '2020-05-01')).toBe(true);
  });

  it('combines specialty, language and day', () => {
    const none = { specialty: null, language: null, availableOn: null };
    expect(filterRoster(roster, none).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(filterRoster(roster, { ...none, specialty: 'tcm' }).map((e) => e.id)).toEqual(['b']);
    expect(filterRoster(roster, { ...none, language: 'en' }).map((e) => e.id)).toEqual(['a', 'c']);
    expect(
      filterRoster(roster, { ...none, language: 'en', availableOn: '2020-03-15' }).map((e) => e.id),
    ).toEqual(['a']);
  });

  it('lists languages by number of speakers', () => {
    expect(rosterLanguages(roster)).toEqual(['zh', 'en', 'fa']);
  });

  it('groups stationed teams by country and adds up their people', () => {
    const team = (id: string, country: string, members: number): StationedTeam => ({
      id,
      country,
      kind: 'medical-team',
      name: id,
      members,
      specialties: [],
      since: '2010-01-01',
      until: null,
      basis: 'illustrative',
    });
    const groups = stationedByCountry([
      team('1', 'TZA', 15),
      team('2', 'DZA', 20),
      team('3', 'TZA', 3),
    ]);
    expect(groups.map((g) => [g.country, g.members, g.teams.length])).toEqual([
      ['DZA', 20, 1],
      ['TZA', 18, 2],
    ]);
  });
});
