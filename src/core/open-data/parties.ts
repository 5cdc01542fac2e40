// Recipients and partners as the open-data files name them: a country's government or an organisation.
import { recipientById } from '../reference/recipients';
import { dacRegionFor } from './iati-codes';
import type { IatiOrg } from './open-data.types';

/** A recipient with what both exports need: its codes, names, and the organisation that receives. */
export interface Party {
  id: string;
  kind: 'country' | 'organisation';
  /** ISO 3166-1 alpha-2 and alpha-3 of a country, null for an organisation. */
  iso2: string | null;
  iso3: string | null;
  nameEn: string;
  nameZh: string;
  /** OECD DAC region code for an organisation (where it serves), null for a country. */
  dacRegion: string | null;
  /** The government of the country, or the organisation itself. */
  org: IatiOrg;
}

/** The party behind a recipient id; an id the reference data does not know becomes an organisation of that name. */
export function partyOf(id: string): Party {
  const r = recipientById(id);
  if (r?.kind === 'country') {
    return {
      id,
      kind: 'country',
      iso2: r.country.iso2,
      iso3: r.country.iso3,
      nameEn: r.nameEn,
      nameZh: r.nameZh,
      dacRegion: null,
      org: {
        ref: null,
        type: '10',
        nameEn: `Government of ${r.nameEn}`,
        nameZh: `${r.nameZh}政府`,
      },
    };
  }
  const nameEn = r?.nameEn ?? id;
  const nameZh = r?.nameZh ?? id;
  return {
    id,
    kind: 'organisation',
    iso2: null,
    iso3: null,
    nameEn,
    nameZh,
    dacRegion: dacRegionFor(r?.kind === 'organisation' ? r.organisation.m49Region : null),
    org: { ref: null, type: '40', nameEn, nameZh },
  };
}
