import type { Iso3, RecipientId } from '../shared/brand';
import { COUNTRIES, type Country } from './countries';
import { ORGANISATIONS, type Organisation } from './organisations';

/** Someone aid can go to: a country (id = its ISO3) or an international organisation. */
export type Recipient =
  | { kind: 'country'; id: RecipientId; nameEn: string; nameZh: string; country: Country }
  | {
      kind: 'organisation';
      id: RecipientId;
      nameEn: string;
      nameZh: string;
      organisation: Organisation;
    };

/** The recipient id of a country: its ISO3 code. */
export function countryRecipientId(iso3: Iso3): RecipientId {
  return iso3 as string as RecipientId;
}

const fromCountry = (c: Country): Recipient => ({
  kind: 'country',
  id: countryRecipientId(c.iso3),
  nameEn: c.nameEn,
  nameZh: c.nameZh,
  country: c,
});

const fromOrganisation = (o: Organisation): Recipient => ({
  kind: 'organisation',
  id: o.code,
  nameEn: o.nameEn,
  nameZh: o.nameZh,
  organisation: o,
});

/** Every possible recipient: all countries (by ISO3), then the organisations. */
export const RECIPIENTS: readonly Recipient[] = [
  ...COUNTRIES.map(fromCountry),
  ...ORGANISATIONS.map(fromOrganisation),
];

const byId = new Map<string, Recipient>(RECIPIENTS.map((r) => [r.id, r]));

/** The recipient with this id (ISO3 or organisation code, case-insensitive), or undefined. */
export function recipientById(id: RecipientId | string): Recipient | undefined {
  return byId.get(id.trim().toUpperCase());
}
