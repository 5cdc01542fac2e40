// What the open-data exports are built from: plain rows, as the repository streams them out of the ledger.

/**
 * One item sent to one recipient in one approved batch: the grain of the HXL export, and one commitment
 * (and, once shipped, one disbursement) of the IATI activity for that batch and recipient.
 */
export interface SupplyRow {
  batchId: string;
  batchNumber: number | null;
  batchTitle: string;
  /** When the batch was approved, ISO 8601 UTC. */
  approvedAt: string;
  /** True when the batch's recipients and quantities are illustrative (the demo's past batches). */
  illustrative: boolean;
  /** Recipient id: ISO3 for a country, an organisation code (WHO, AU …) otherwise. */
  recipient: string;
  /** The partner the aid was routed through (the EU for Italy), or null. */
  via: string | null;
  /** The consignee of the consignments (the first by name when there are several), or null. */
  consignee: string | null;
  item: string;
  /** Units allocated by the approved batch lines. */
  allocated: number;
  /** Units packed on consignments (any status). */
  packed: number;
  /** Units on consignments that have departed. */
  shipped: number;
  /** Units received in good order on signed receipts (corrections applied). */
  received: number;
  damaged: number;
  missing: number;
  /** First departure of a consignment carrying the item, ISO 8601 UTC, or null. */
  firstDeparted: string | null;
  /** Last signed receipt of a consignment carrying the item, ISO 8601 UTC, or null. */
  lastReceived: string | null;
  /** The least advanced status of the consignments carrying the item (planned … received), or null if none. */
  leastStatus: string | null;
}

/** An expert team sent to a country (a deployment), with its head count. */
export interface ExpertTeamRow {
  id: string;
  name: string;
  /** ISO3 of the country the team went to. */
  country: string;
  fromDate: string;
  toDate: string;
  status: 'requested' | 'planned' | 'deployed' | 'returned';
  objectives: string[];
  /** Roster members plus unlisted members. */
  members: number;
  illustrative: boolean;
}

/** A video exchange session with experts abroad: the countries and organisations invited. */
export interface ExchangeSessionRow {
  id: string;
  topic: string;
  topicZh: string | null;
  /** ISO 8601 UTC. */
  startsAt: string;
  durationMinutes: number;
  /** ISO3 codes of the countries invited. */
  countries: string[];
  /** Codes of the organisations invited (WHO, ASEAN …). */
  organisations: string[];
  /** People who attended, summed over participants (0 when no attendance is recorded yet). */
  attendees: number;
  illustrative: boolean;
}

/** An organisation as IATI names it: an optional registered ref, its type code and its names. */
export interface IatiOrg {
  /** Registered identifier ({agency}-{number}), or null when it has none. */
  ref: string | null;
  /** IATI OrganisationType code: 10 government, 40 multilateral … */
  type: string;
  nameEn: string;
  nameZh?: string | undefined;
}

/** Who publishes the file and who funds and extends the aid. */
export interface Publisher {
  /** reporting-org/@ref: the prefix of every iati-identifier. */
  reporting: IatiOrg & { ref: string; secondaryReporter: boolean };
  /** participating-org role 1 (Funding). */
  funding: IatiOrg;
  /** participating-org roles 2 and 3 (Accountable, Extending). */
  extending: IatiOrg;
}
