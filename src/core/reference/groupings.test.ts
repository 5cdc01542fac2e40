import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './countries';
import {
  DEFAULT_GROUPING_ID,
  GROUPINGS,
  groupMembers,
  groupOf,
  groupingById,
  subgroupOf,
  type Group,
  type GroupingId,
} from './groupings';

const ids = GROUPINGS.map((g) => g.id);
const allGroups = (groups: readonly Group[]): Group[] =>
  groups.flatMap((g) => [g, ...allGroups(g.subgroups)]);

describe('GROUPINGS', () => {
  it('are un-m49 (the default) and seed-2020, with unique group ids', () => {
    expect(ids).toEqual(['un-m49', 'seed-2020']);
    expect(DEFAULT_GROUPING_ID).toBe('un-m49');
    for (const g of GROUPINGS) {
      const groupIds = allGroups(g.groups).map((x) => x.id);
      expect(new Set(groupIds).size, g.id).toBe(groupIds.length);
      for (const x of allGroups(g.groups)) expect(x.nameZh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('un-m49 has the five M49 regions with their 22 sub-regions', () => {
    const m49 = groupingById('un-m49');
    expect(m49?.groups.map((g) => g.nameEn)).toEqual([
      'Africa',
      'Americas',
      'Asia',
      'Europe',
      'Oceania',
    ]);
    expect(m49?.groups.flatMap((g) => g.subgroups)).toHaveLength(22);
    expect(m49?.groups.find((g) => g.id === 'africa')?.subgroups.map((s) => s.id)).toEqual([
      'northern-africa',
      'eastern-africa',
      'middle-africa',
      'southern-africa',
      'western-africa',
    ]);
  });

  it('seed-2020 has the seed’s five regions', () => {
    expect(groupingById('seed-2020')?.groups.map((g) => [g.id, g.nameZh])).toEqual([
      ['asia', '亚洲'],
      ['europe', '欧洲'],
      ['africa', '非洲'],
      ['americas', '美洲'],
      ['south-pacific', '南太'],
    ]);
    expect(groupingById('nope')).toBeUndefined();
  });
});

describe.each(ids)('every country in grouping %s', (id: GroupingId) => {
  it('is in exactly one group, except Antarctica which is in none', () => {
    const grouping = groupingById(id);
    const counted = new Map<string, number>();
    for (const g of grouping?.groups ?? []) {
      for (const iso3 of groupMembers(id, g.id)) counted.set(iso3, (counted.get(iso3) ?? 0) + 1);
    }
    for (const c of COUNTRIES) {
      const expected = c.iso3 === 'ATA' ? undefined : 1;
      expect(counted.get(c.iso3), c.iso3).toBe(expected);
      expect(groupOf(id, c.iso3) === null, c.iso3).toBe(c.iso3 === 'ATA');
    }
  });

  it('agrees between groupOf and groupMembers, and no group is empty', () => {
    for (const g of groupingById(id)?.groups ?? []) {
      const members = groupMembers(id, g.id);
      expect(members.length, g.id).toBeGreaterThan(0);
      for (const iso3 of members) expect(groupOf(id, iso3)).toBe(g.id);
    }
  });
});

describe('placements', () => {
  it('puts every un-m49 country in exactly one sub-region of its region', () => {
    for (const c of COUNTRIES.filter((x) => x.iso3 !== 'ATA')) {
      const group = groupingById('un-m49')?.groups.find((g) => g.id === groupOf('un-m49', c.iso3));
      const sub = subgroupOf('un-m49', c.iso3);
      expect(
        group?.subgroups.map((s) => s.id),
        c.iso3,
      ).toContain(sub);
      expect(sub).toBe(c.m49Subregion?.toLowerCase().replace(/[^a-z]+/g, '-'));
    }
    expect(subgroupOf('seed-2020', 'ITA')).toBeNull();
  });

  it('counts the Middle East as Asia and Cyprus with it (M49 Western Asia)', () => {
    for (const iso3 of ['IRN', 'IRQ', 'SAU', 'ISR', 'TUR', 'ARE', 'CYP']) {
      expect(groupOf('seed-2020', iso3), iso3).toBe('asia');
    }
    expect(groupOf('seed-2020', 'EGY')).toBe('africa');
    expect(groupOf('seed-2020', 'RUS')).toBe('europe');
    expect(groupOf('seed-2020', 'GRL')).toBe('americas');
  });

  it('puts the Pacific island countries and, by geography, Australia and New Zealand in South Pacific', () => {
    // The ten Pacific island countries that had relations with China in March 2020.
    for (const iso3 of ['COK', 'FJI', 'FSM', 'KIR', 'NIU', 'PNG', 'SLB', 'TON', 'VUT', 'WSM']) {
      expect(groupOf('seed-2020', iso3), iso3).toBe('south-pacific');
    }
    expect(groupOf('seed-2020', 'AUS')).toBe('south-pacific');
    expect(groupOf('seed-2020', 'nzl')).toBe('south-pacific');
    expect(subgroupOf('un-m49', 'AUS')).toBe('australia-and-new-zealand');
    expect(groupMembers('un-m49', 'melanesia')).toEqual(['FJI', 'NCL', 'PNG', 'SLB', 'VUT']);
  });

  it('returns null for unknown countries and names an unknown grouping', () => {
    expect(groupOf('un-m49', 'XXX')).toBeNull();
    expect(groupMembers('un-m49', 'atlantis')).toEqual([]);
    expect(() => groupOf('regions-x' as GroupingId, 'ITA')).toThrow(
      /Unknown grouping "regions-x"; known: un-m49, seed-2020/,
    );
  });
});
