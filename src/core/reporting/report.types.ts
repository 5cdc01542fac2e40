// The open report's shape: what the aggregation takes (grouped rows from the ledger) and what it returns.
import type { GroupingId } from '../reference/groupings';
import type { IsoDate } from '../shared/brand';

/** The four forms of aid a request can ask for. */
export type AidForm = 'supplies' | 'expert-team' | 'cash' | 'works';

/** Every form of aid, in the order the report lists them. */
export const AID_FORMS: readonly AidForm[] = ['supplies', 'expert-team', 'cash', 'works'];

/** A text in both of the report's languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

// ---------------------------------------------------------------------------------------------
// Input: grouped rows, as the repository's GROUP BY queries return them (a few thousand at most).
// ---------------------------------------------------------------------------------------------

/** An approved batch: one row per batch (drafts and discarded batches are not reported). */
export interface BatchRow {
  id: string;
  /** The batch's number (1, 2, …) or null when it has none. */
  number: number | null;
  title: string;
  /** When it was approved, ISO 8601 (its allocation's week on the time line). */
  approvedAt: string;
  /** True when its recipients and quantities are illustrative (the demo's past batches). */
  illustrative: boolean;
}

/** Requests counted by recipient, partner, form and status. */
export interface RequestRow {
  recipient: string;
  /** The partner the aid is routed through (the EU for Italy), or null. */
  via: string | null;
  form: AidForm;
  /** The request status (submitted, under-review, agreed, partly-allocated, fulfilled, declined). */
  status: string;
  requests: number;
  /** Sum of the requests' amounts in USD (cash), 0 when none. */
  amountUsd: number;
}

/** Request lines summed by item and request status. */
export interface RequestLineRow {
  item: string;
  status: string;
  asked: number;
  /** Sum of agreed quantities (lines not yet agreed count 0). */
  agreed: number;
}

/**
 * Units of approved batch lines summed by batch, recipient, partner and item. A row counts toward each
 * pair of keys it names: batch and recipient (who a batch reached, through which partner), recipient and
 * item (what a recipient received, valued), batch and item (a batch's lines, units and value, the items'
 * totals, the week). Fine rows name all four; GROUPING SETS rows name one pair each (never two sets of
 * the same pair).
 */
export interface AllocationRow {
  batchId: string | null;
  recipient: string | null;
  via: string | null;
  item: string | null;
  /** How many batch lines the row sums. */
  lines: number;
  units: number;
}

/**
 * Units that left on a flight (a "departed" event), summed by batch, recipient, item and week of departure.
 * Like ReceiptRow, a row counts toward each of the four that it names and is summed over those left null,
 * so the repository may send one fine row per combination, or one row set per key (GROUPING SETS) — never
 * two row sets naming the same key.
 */
export interface ShipmentRow {
  batchId: string | null;
  recipient: string | null;
  item: string | null;
  /** Monday of the ISO week of the departure (YYYY-MM-DD). */
  week: IsoDate | null;
  units: number;
}

/**
 * Signed receipts summed by batch, recipient, item and week of receipt (corrections applied).
 * The value of a week's receipts needs its items, so a row that names a week should name its item too.
 */
export interface ReceiptRow {
  batchId: string | null;
  recipient: string | null;
  item: string | null;
  week: IsoDate | null;
  received: number;
  damaged: number;
  missing: number;
}

/** Consignments that departed and that were signed for, by ISO week (Monday). */
export interface ConsignmentWeekRow {
  week: IsoDate;
  shipped: number;
  received: number;
}

/** The experts summary's counts the report repeats (GET /api/experts/summary), all plain numbers. */
export interface ExpertsFigures {
  teamsSent: number;
  teamCountries: number;
  teamPeople: number;
  trainings: number;
  trainees: number;
  stationedTeams: number;
  stationedCountries: number;
  sessions: number;
  sessionCountries: number;
  sessionOrganisations: number;
  sessionAttendees: number;
}

/** Everything the report is computed from: plain grouped rows, no database. */
export interface ReportInput {
  /** The date the report speaks for (the scenario's date or today), or null. */
  asOf: IsoDate | null;
  grouping: GroupingId;
  batches: readonly BatchRow[];
  requests: readonly RequestRow[];
  requestLines: readonly RequestLineRow[];
  allocations: readonly AllocationRow[];
  shipments: readonly ShipmentRow[];
  receipts: readonly ReceiptRow[];
  consignmentWeeks: readonly ConsignmentWeekRow[];
  /** Expert teams and sessions, or null when there are none to report. */
  experts: ExpertsFigures | null;
}

// ---------------------------------------------------------------------------------------------
// Output: the report.
// ---------------------------------------------------------------------------------------------

/** Value of a quantity at the catalogue's reference prices, in USD (a reference value, not a cost). */
export type ReferenceUsd = number;

/** The units of an item, or of everything, along the pipeline from request to receipt. */
export interface Pipeline {
  requested: number;
  agreed: number;
  allocated: number;
  shipped: number;
  received: number;
  damaged: number;
  missing: number;
}

/** Reference values (USD) of the pipeline's stages. */
export interface PipelineValue {
  agreed: ReferenceUsd;
  allocated: ReferenceUsd;
  shipped: ReferenceUsd;
  received: ReferenceUsd;
}

/** The headline counts. */
export interface ReportTotals {
  /** Approved batches. */
  batches: number;
  /** Countries aided (in an approved batch or a fulfilled request of any form). */
  countries: number;
  /** International organisations aided directly, through which aid passed, or given cash. */
  organisations: number;
  /** Units of every item along the pipeline (mixed units: read with the items table). */
  units: Pipeline;
  valueUsd: PipelineValue;
  /** Cash given: sum of fulfilled cash requests, USD. */
  cashUsd: number;
  consignmentsShipped: number;
  consignmentsReceived: number;
}

/** One approved batch and what it carried. */
export interface BatchSummary {
  id: string;
  number: number | null;
  title: string;
  approvedAt: string;
  illustrative: boolean;
  countries: number;
  organisations: number;
  lines: number;
  units: { allocated: number; shipped: number; received: number };
  valueUsd: ReferenceUsd;
}

/** A group of the chosen grouping (Asia, Europe … or an M49 region) and the countries aided in it. */
export interface RegionSummary {
  id: string;
  nameEn: string;
  nameZh: string;
  countries: number;
  /** The countries aided there (ISO3, sorted). */
  members: string[];
  units: { allocated: number; shipped: number; received: number };
  valueUsd: ReferenceUsd;
}

/** One form of aid: who received it and how much was asked and given. */
export interface FormSummary {
  form: AidForm;
  /** Recipients aided in this form (an approved batch for supplies, a fulfilled request otherwise). */
  countries: number;
  organisations: number;
  /** Requests of this form, all statuses but declined. */
  requests: number;
  fulfilledRequests: number;
  /** USD given in this form (cash only; 0 otherwise). */
  amountUsd: number;
}

/** One catalogue item along the pipeline, with its reference price and value. */
export interface ItemSummary {
  item: string;
  nameEn: string;
  nameZh: string;
  unit: string;
  units: Pipeline;
  /** Reference price per unit in USD, or null for an item not in the catalogue (then not valued). */
  priceUsd: number | null;
  /** Where the price comes from: the ESFT sheet, an illustrative value, or none. */
  priceBasis: 'esft' | 'illustrative' | 'none';
  valueUsd: PipelineValue;
}

/** One recipient (country or organisation): for the map and the filterable table. */
export interface RecipientSummary {
  id: string;
  kind: 'country' | 'organisation';
  /** ISO2 of a country (for maps and IATI), null for an organisation. */
  iso2: string | null;
  nameEn: string;
  nameZh: string;
  /** Its group under the chosen grouping, or null (organisations, countries in no group). */
  region: string | null;
  /** Numbers of the approved batches it received from. */
  batches: number[];
  forms: AidForm[];
  /** Partners its aid was routed through. */
  via: string[];
  units: { allocated: number; shipped: number; received: number };
  valueUsd: ReferenceUsd;
}

/** One ISO week (Monday start) of the time line. */
export interface WeekSummary {
  /** Monday of the week, YYYY-MM-DD. */
  week: IsoDate;
  batchesApproved: number;
  unitsAllocated: number;
  unitsShipped: number;
  unitsReceived: number;
  consignmentsShipped: number;
  consignmentsReceived: number;
  valueAllocatedUsd: ReferenceUsd;
  valueReceivedUsd: ReferenceUsd;
}

/** How values are priced: reference values at catalogue prices, and where the prices come from. */
export interface PriceNote {
  basis: 'reference';
  currency: 'USD';
  source: string;
  note: Bilingual;
}

/** The open report: everything the public page, the CLI and the open-data exports show. */
export interface Report {
  asOf: IsoDate | null;
  grouping: { id: GroupingId; nameEn: string; nameZh: string; note: string };
  /** The headline sentence, generated from the figures (never a template filled with constants). */
  headline: Bilingual;
  totals: ReportTotals;
  batches: BatchSummary[];
  regions: RegionSummary[];
  forms: FormSummary[];
  items: ItemSummary[];
  recipients: RecipientSummary[];
  /** Expert teams and exchange sessions, or null when there are none. */
  experts: ExpertsFigures | null;
  weeks: WeekSummary[];
  prices: PriceNote;
}
