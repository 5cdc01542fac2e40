// The IATI 2.03 activity as this module models it: only the elements Tongzhou writes, in schema order.
import type { IatiOrg } from './open-data.types';

/** A text in one language (xml:lang; omitted for the activity's default language, English). */
export interface Narrative {
  text: string;
  lang?: string | undefined;
}

/** IATI OrganisationRole: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing. */
export type OrgRole = '1' | '2' | '3' | '4';

/** IATI ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
export type ActivityDateType = '1' | '2' | '3' | '4';

/** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed. */
export type ActivityStatus = '1' | '2' | '3' | '4';

/** A share of the activity: a country (ISO2), a region (OECD DAC, vocabulary 1), or a sector. */
export interface Share {
  code: string;
  percentage: number;
}

/** Quantities behind a transaction's reference value (the companion to IATI's money-only value). */
export interface InKind {
  item: string;
  unit: string;
  quantity: number;
  /** Reference price per unit in USD, or null when the item has none (then the value is 0). */
  unitValueUsd: number | null;
  priceBasis: 'esft' | 'illustrative' | 'none';
  received?: number | undefined;
  damaged?: number | undefined;
  missing?: number | undefined;
}

/** An IATI transaction: 2 outgoing commitment or 3 disbursement, valued in USD. */
export interface IatiTransaction {
  ref: string;
  type: '2' | '3' | '4' | '12';
  /** YYYY-MM-DD; also the value date (prices are in USD, no conversion). */
  date: string;
  valueUsd: number;
  description: Narrative[];
  provider: IatiOrg;
  receiver: IatiOrg;
  /** Set only when the activity itself names no country or region (the rule: one place or the other). */
  recipientCountry?: string | undefined;
  inKind: InKind | null;
}

/** One IATI activity. */
export interface IatiActivity {
  identifier: string;
  humanitarian: boolean;
  title: Narrative[];
  description: Narrative[];
  participating: { role: OrgRole; org: IatiOrg }[];
  status: ActivityStatus;
  dates: { type: ActivityDateType; date: string }[];
  /** Recipient countries by ISO 3166-1 alpha-2, with percentages. */
  countries: Share[];
  /** Recipient regions (OECD DAC region codes, vocabulary 1), with percentages. */
  regions: Share[];
  /** OECD DAC 5-digit sectors (vocabulary 1), percentages summing to 100. */
  sectors: Share[];
  /** GLIDE number of the emergency (humanitarian-scope type 1, vocabulary 1-2). */
  glide: string;
  /** OECD DAC aid type (vocabulary 1): C01 project-type, D01 donor country personnel, D02 other TA. */
  aidType: 'C01' | 'D01' | 'D02';
  transactions: IatiTransaction[];
}
