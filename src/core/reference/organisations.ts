import type { Iso3, RecipientId } from '../shared/brand';
import type { M49RegionName } from './m49';

/** What sort of body an organisation is. */
export type OrganisationKind = 'un-agency' | 'regional-organisation';

/** An international organisation that can receive aid alongside countries. */
export interface Organisation {
  /** Recipient id: upper-case letters, never an ISO3 country code. */
  code: RecipientId;
  nameEn: string;
  nameZh: string;
  shortNameEn: string;
  shortNameZh: string;
  kind: OrganisationKind;
  /** The M49 region it serves, or null for a global body. */
  m49Region: M49RegionName | null;
  /** Country of its headquarters. */
  headquartersIso3: Iso3;
  /** Who receives the supplies, where that differs from the organisation itself. */
  note: string;
}

const org = (o: Omit<Organisation, 'code' | 'headquartersIso3'> & { code: string; hq: string }) => {
  const { hq, code, ...rest } = o;
  return {
    ...rest,
    code: code as RecipientId,
    headquartersIso3: hq as Iso3,
  } satisfies Organisation;
};

/**
 * The organisations the seed names as recipients and partners (世卫组织、非盟、欧盟、东盟).
 * Chinese names are the forms used by China's foreign ministry.
 */
export const ORGANISATIONS: readonly Organisation[] = [
  org({
    code: 'WHO',
    nameEn: 'World Health Organization',
    nameZh: '世界卫生组织',
    shortNameEn: 'WHO',
    shortNameZh: '世卫组织',
    kind: 'un-agency',
    m49Region: null,
    hq: 'CHE',
    note: 'Cash and supplies for WHO programmes; the seed names a USD 20 million contribution.',
  }),
  org({
    code: 'AU',
    nameEn: 'African Union',
    nameZh: '非洲联盟',
    shortNameEn: 'AU',
    shortNameZh: '非盟',
    kind: 'regional-organisation',
    m49Region: 'Africa',
    hq: 'ETH',
    note: 'Health supplies are received by Africa CDC (非洲疾控中心), the AU public-health agency.',
  }),
  org({
    code: 'EU',
    nameEn: 'European Union',
    nameZh: '欧洲联盟',
    shortNameEn: 'EU',
    shortNameZh: '欧盟',
    kind: 'regional-organisation',
    m49Region: 'Europe',
    hq: 'BEL',
    note: 'May pass supplies on to a member state (the seed: masks and test kits on to Italy).',
  }),
  org({
    code: 'ASEAN',
    nameEn: 'Association of Southeast Asian Nations',
    nameZh: '东南亚国家联盟',
    shortNameEn: 'ASEAN',
    shortNameZh: '东盟',
    kind: 'regional-organisation',
    m49Region: 'Asia',
    hq: 'IDN',
    note: 'Supplies through the ASEAN Secretariat in Jakarta.',
  }),
];

const byCode = new Map<string, Organisation>(ORGANISATIONS.map((o) => [o.code, o]));

/** The organisation with this code (case-insensitive), or undefined. */
export function organisationByCode(code: string): Organisation | undefined {
  return byCode.get(code.trim().toUpperCase());
}
