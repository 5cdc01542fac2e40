import type { Iso3 } from '../shared/brand';
import { COUNTRIES } from './countries';
import { M49_AREAS, m49Lineage } from './m49';

/** The named region groupings Tongzhou reports in. */
export type GroupingId = 'un-m49' | 'seed-2020';

/** A group of countries, defined by the M49 areas it covers (a country belongs if any matches). */
export interface Group {
  /** Stable id, unique within its grouping ("asia", "eastern-africa"). */
  id: string;
  nameEn: string;
  nameZh: string;
  /** M49 area codes whose countries make up this group. */
  m49: readonly string[];
  /** Finer groups partitioning this one (un-m49 sub-regions), or empty. */
  subgroups: readonly Group[];
}

/** A named way of splitting the world's countries into groups, each country in exactly one. */
export interface Grouping {
  id: GroupingId;
  nameEn: string;
  nameZh: string;
  /** How the grouping is defined and what it leaves out. */
  note: string;
  groups: readonly Group[];
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');

const unM49: Grouping = {
  id: 'un-m49',
  nameEn: 'UN M49 regions',
  nameZh: '联合国M49地区',
  note:
    'UN M49 regions and the 22 geoscheme sub-regions (intermediate regions inside Sub-Saharan ' +
    'Africa and Latin America and the Caribbean). Antarctica has no M49 region and is in no group.',
  groups: M49_AREAS.filter((a) => a.parent === null).map((region) => ({
    id: slug(region.nameEn),
    nameEn: region.nameEn,
    nameZh: region.nameZh,
    m49: [region.code],
    subgroups: M49_AREAS.filter((a) => a.leaf && m49Lineage(a.code).includes(region.code)).map(
      (sub) => ({
        id: slug(sub.nameEn),
        nameEn: sub.nameEn,
        nameZh: sub.nameZh,
        m49: [sub.code],
        subgroups: [],
      }),
    ),
  })),
};

const seed2020: Grouping = {
  id: 'seed-2020',
  nameEn: 'Aid report regions (26 March 2020)',
  nameZh: '援助通报地区（2020年3月26日）',
  note:
    'The five regions the 26 March 2020 press conference counts recipients in (28 Asia, 16 ' +
    'Europe, 26 Africa, 9 Americas, 10 South Pacific). Each is one M49 region, so the Middle ' +
    'East (M49 Western Asia, Cyprus included) counts as Asia. South Pacific (南太) is all of M49 ' +
    'Oceania: the seed means the Pacific island countries (Melanesia, Micronesia, Polynesia), and ' +
    'Australia and New Zealand, which are not Pacific island countries and were not recipients, ' +
    'are placed here too because every country needs exactly one group and Oceania is their ' +
    'region; use the un-m49 sub-regions to count Pacific island countries alone. Antarctica is ' +
    'in no group.',
  groups: [
    { id: 'asia', nameEn: 'Asia', nameZh: '亚洲', m49: ['142'], subgroups: [] },
    { id: 'europe', nameEn: 'Europe', nameZh: '欧洲', m49: ['150'], subgroups: [] },
    { id: 'africa', nameEn: 'Africa', nameZh: '非洲', m49: ['002'], subgroups: [] },
    { id: 'americas', nameEn: 'Americas', nameZh: '美洲', m49: ['019'], subgroups: [] },
    { id: 'south-pacific', nameEn: 'South Pacific', nameZh: '南太', m49: ['009'], subgroups: [] },
  ],
};

/** Every grouping; the first, un-m49, is the default. */
export const GROUPINGS: readonly Grouping[] = [unM49, seed2020];

/** The grouping used when none is asked for. */
export const DEFAULT_GROUPING_ID: GroupingId = 'un-m49';

interface Placement {
  group: string;
  subgroup: string | null;
}

function matching(
  groups: readonly Group[],
  lineage: readonly string[],
  iso3: string,
): Group | null {
  const hits = groups.filter((g) => g.m49.some((code) => lineage.includes(code)));
  if (hits.length > 1) {
    throw new Error(`${iso3} is in more than one group: ${hits.map((g) => g.id).join(', ')}`);
  }
  return hits[0] ?? null;
}

function place(grouping: Grouping): Map<string, Placement> {
  const out = new Map<string, Placement>();
  for (const c of COUNTRIES) {
    if (c.m49SubregionCode === null) continue;
    const lineage = m49Lineage(c.m49SubregionCode);
    const group = matching(grouping.groups, lineage, c.iso3);
    if (!group) continue;
    const sub = group.subgroups.length ? matching(group.subgroups, lineage, c.iso3) : null;
    out.set(c.iso3, { group: group.id, subgroup: sub?.id ?? null });
  }
  return out;
}

const placements = new Map(GROUPINGS.map((g) => [g.id, place(g)]));

/** The grouping with this id, or undefined. */
export function groupingById(id: string): Grouping | undefined {
  return GROUPINGS.find((g) => g.id === id);
}

function placementsOf(groupingId: string): Map<string, Placement> {
  const found = placements.get(groupingId as GroupingId);
  if (!found) {
    throw new Error(
      `Unknown grouping "${groupingId}"; known: ${GROUPINGS.map((g) => g.id).join(', ')}`,
    );
  }
  return found;
}

/** The id of the group this country (ISO3) is in, or null if it is in none (Antarctica, unknown). */
export function groupOf(groupingId: GroupingId, iso3: string): string | null {
  return placementsOf(groupingId).get(iso3.toUpperCase())?.group ?? null;
}

/** The id of the sub-group this country is in (un-m49 sub-regions), or null. */
export function subgroupOf(groupingId: GroupingId, iso3: string): string | null {
  return placementsOf(groupingId).get(iso3.toUpperCase())?.subgroup ?? null;
}

/** The countries (ISO3, sorted) in a group or sub-group of a grouping; empty for an unknown id. */
export function groupMembers(groupingId: GroupingId, groupId: string): Iso3[] {
  const out: Iso3[] = [];
  for (const [iso3, p] of placementsOf(groupingId)) {
    if (p.group === groupId || p.subgroup === groupId) out.push(iso3 as Iso3);
  }
  return out.sort();
}
