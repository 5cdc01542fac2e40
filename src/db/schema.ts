// The drizzle schema: mirrors src/db/migrations/*.sql (the SQL files are the truth; keep both in step).
import {
  bigint,
  bigserial,
  boolean,
  char,
  date,
  doublePrecision,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { ScenarioManifest } from '../core/scenario/types';

/** The loaded demo scenario (at most one row per scenario id). */
export const scenario = pgTable('scenario', {
  id: text('id').primaryKey(),
  manifest: jsonb('manifest').$type<ScenarioManifest>().notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** Population per country and where the figure comes from. */
export const countryPopulation = pgTable('country_population', {
  iso3: char('iso3', { length: 3 }).primaryKey(),
  population: bigint('population', { mode: 'number' }).notNull(),
  year: integer('year'),
  source: text('source').notNull(),
});

/** Health-system capacity per country: beds and workforce, each with its source. */
export const countryHealth = pgTable('country_health', {
  iso3: char('iso3', { length: 3 }).primaryKey(),
  bedsPer1000: doublePrecision('beds_per_1000'),
  bedsYear: integer('beds_year'),
  bedsSource: text('beds_source'),
  doctors: integer('doctors'),
  nurses: integer('nurses'),
  workforceSource: text('workforce_source'),
});

/** One day of a cumulative case series from one source (null = that metric was never imported). */
export const casePoint = pgTable(
  'case_point',
  {
    source: text('source').notNull(),
    iso3: char('iso3', { length: 3 }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    cases: integer('cases'),
    deaths: integer('deaths'),
  },
  (t) => [primaryKey({ columns: [t.source, t.iso3, t.date] })],
);

/** A log of imports: which file, how many lines read and rows written. */
export const importRun = pgTable('import_run', {
  id: serial('id').primaryKey(),
  source: text('source').notNull(),
  file: text('file').notNull(),
  lines: integer('lines').notNull(),
  rows: integer('rows').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

// --- Aid operations (0002_operations.sql) ---

/** Where a figure comes from: the seed, an illustrative demo value, or entered by a user. */
export type RecordBasis = 'seed' | 'illustrative' | 'entered';

/** A request from a recipient (country or organisation), possibly routed through a partner (`via`). */
export const aidRequest = pgTable('aid_request', {
  id: text('id').primaryKey(),
  recipient: text('recipient').notNull(),
  via: text('via'),
  kind: text('kind').$type<'supplies' | 'expert-team' | 'cash' | 'works'>().notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  status: text('status')
    .$type<
      'submitted' | 'under-review' | 'agreed' | 'partly-allocated' | 'fulfilled' | 'declined'
    >()
    .notNull()
    .default('submitted'),
  declineReason: text('decline_reason'),
  urgency: text('urgency').$type<'routine' | 'urgent' | 'critical'>().notNull().default('urgent'),
  neededBy: date('needed_by', { mode: 'string' }),
  amountUsd: numeric('amount_usd', { mode: 'number' }),
  submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
  agreedBy: text('agreed_by'),
  agreedOn: date('agreed_on', { mode: 'string' }),
  basis: text('basis').$type<RecordBasis>().notNull().default('entered'),
  sourceNote: text('source_note'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** One item of a supplies request: units asked, and units agreed government to government. */
export const requestLine = pgTable('request_line', {
  id: text('id').primaryKey(),
  requestId: text('request_id').notNull(),
  lineNo: integer('line_no').notNull(),
  item: text('item').notNull(),
  asked: bigint('asked', { mode: 'number' }).notNull(),
  agreed: bigint('agreed', { mode: 'number' }),
  note: text('note'),
});

/** A warehouse holding the donor's stock. */
export const depot = pgTable('depot', {
  id: text('id').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  city: text('city').notNull(),
  basis: text('basis').$type<RecordBasis>().notNull().default('entered'),
});

/** Per item: domestic reserve rule, expected production per day, and the supply version. */
export const supplyItem = pgTable('supply_item', {
  item: text('item').primaryKey(),
  reserveKind: text('reserve_kind').$type<'cover-days' | 'fixed'>().notNull().default('fixed'),
  reserveQuantity: bigint('reserve_quantity', { mode: 'number' }).notNull().default(0),
  reserveDaily: bigint('reserve_daily', { mode: 'number' }).notNull().default(0),
  reserveDays: integer('reserve_days'),
  productionPerDay: bigint('production_per_day', { mode: 'number' }).notNull().default(0),
  version: integer('version').notNull().default(1),
  basis: text('basis').$type<RecordBasis>().notNull().default('entered'),
  note: text('note'),
});

/** Stock of an item in a depot: on hand, and how much of it approved batches hold. */
export const depotStock = pgTable(
  'depot_stock',
  {
    item: text('item').notNull(),
    depotId: text('depot_id').notNull(),
    onHand: bigint('on_hand', { mode: 'number' }).notNull().default(0),
    allocated: bigint('allocated', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.item, t.depotId] })],
);

/** Goods given by another donor (local government, company, civil society) into the pool. */
export const contribution = pgTable('contribution', {
  id: text('id').primaryKey(),
  donor: text('donor').notNull(),
  donorKind: text('donor_kind')
    .$type<'local-government' | 'company' | 'civil-society' | 'individual'>()
    .notNull(),
  depotId: text('depot_id').notNull(),
  item: text('item').notNull(),
  quantity: bigint('quantity', { mode: 'number' }).notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  basis: text('basis').$type<RecordBasis>().notNull().default('entered'),
  note: text('note'),
});

/** The stock ledger (append-only): every change of depot_stock. */
export const stockMovement = pgTable('stock_movement', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  item: text('item').notNull(),
  depotId: text('depot_id').notNull(),
  kind: text('kind')
    .$type<'receipt' | 'contribution' | 'adjustment' | 'allocation' | 'dispatch'>()
    .notNull(),
  onHandDelta: bigint('on_hand_delta', { mode: 'number' }).notNull(),
  allocatedDelta: bigint('allocated_delta', { mode: 'number' }).notNull(),
  batchId: text('batch_id'),
  contributionId: text('contribution_id'),
  consignmentId: text('consignment_id'),
  note: text('note'),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** A batch of aid: a draft (from the engine or by hand), approved, or discarded. */
export const batch = pgTable('batch', {
  id: text('id').primaryKey(),
  number: integer('number'),
  title: text('title').notNull(),
  status: text('status').$type<'draft' | 'approved' | 'discarded'>().notNull().default('draft'),
  origin: text('origin').$type<'engine' | 'manual' | 'recorded'>().notNull(),
  basisVersions: jsonb('basis_versions')
    .$type<{ items: Record<string, number>; requests: Record<string, number> }>()
    .notNull(),
  plan: jsonb('plan').$type<Record<string, unknown>>(),
  note: text('note'),
  illustrative: boolean('illustrative').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'string' }),
  approvedBy: text('approved_by'),
});

/** One request line in a batch: the engine's proposal and the current quantity. */
export const batchLine = pgTable('batch_line', {
  id: text('id').primaryKey(),
  batchId: text('batch_id').notNull(),
  requestLineId: text('request_line_id').notNull(),
  recipient: text('recipient').notNull(),
  item: text('item').notNull(),
  proposed: bigint('proposed', { mode: 'number' }),
  quantity: bigint('quantity', { mode: 'number' }).notNull(),
  reason: jsonb('reason').$type<{ en: string; zh: string }>(),
});

/** A hand edit of a batch line, with its reason (append-only). */
export const batchLineEdit = pgTable('batch_line_edit', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  batchLineId: text('batch_line_id').notNull(),
  fromQuantity: bigint('from_quantity', { mode: 'number' }).notNull(),
  toQuantity: bigint('to_quantity', { mode: 'number' }).notNull(),
  reason: text('reason').notNull(),
  editedBy: text('edited_by'),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** Units of an approved line held in a depot, and how many have left. */
export const batchAllocation = pgTable(
  'batch_allocation',
  {
    batchLineId: text('batch_line_id').notNull(),
    depotId: text('depot_id').notNull(),
    item: text('item').notNull(),
    quantity: bigint('quantity', { mode: 'number' }).notNull(),
    dispatched: bigint('dispatched', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.batchLineId, t.depotId] })],
);

/** A charter or cargo flight of a batch, with its payload and volume limits. */
export const flight = pgTable('flight', {
  id: text('id').primaryKey(),
  batchId: text('batch_id').notNull(),
  flightNo: text('flight_no').notNull(),
  kind: text('kind').$type<'charter' | 'cargo'>().notNull(),
  payloadKg: doublePrecision('payload_kg').notNull(),
  volumeM3: doublePrecision('volume_m3').notNull(),
  origin: text('origin').notNull(),
  destinations: jsonb('destinations').$type<string[] | null>(),
  departsOn: date('departs_on', { mode: 'string' }),
});

/** One recipient's goods on one flight, with its marks. */
export const consignment = pgTable('consignment', {
  id: text('id').primaryKey(),
  batchId: text('batch_id').notNull(),
  recipient: text('recipient').notNull(),
  consignee: text('consignee').notNull(),
  flightId: text('flight_id').notNull(),
  marks: jsonb('marks').$type<Record<string, unknown>>().notNull(),
  weightKg: doublePrecision('weight_kg').notNull(),
  volumeM3: doublePrecision('volume_m3').notNull(),
  status: text('status').notNull().default('planned'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** Part of a batch line packed in a consignment. */
export const consignmentLine = pgTable('consignment_line', {
  id: text('id').primaryKey(),
  consignmentId: text('consignment_id').notNull(),
  batchLineId: text('batch_line_id').notNull(),
  item: text('item').notNull(),
  packs: integer('packs').notNull(),
  quantity: bigint('quantity', { mode: 'number' }).notNull(),
});

/** The hash-chained, append-only event log of consignments. */
export const consignmentEvent = pgTable('consignment_event', {
  id: text('id').primaryKey(),
  consignmentId: text('consignment_id').notNull(),
  seq: integer('seq').notNull(),
  kind: text('kind').notNull(),
  occurredAt: text('occurred_at').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  prevHash: text('prev_hash'),
  hash: text('hash').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' })
    .notNull()
    .defaultNow(),
});

/** An expert on the international cooperation roster (see migration 0003). */
export const expert = pgTable('expert', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameZh: text('name_zh'),
  specialties: jsonb('specialties').$type<string[]>().notNull(),
  languages: jsonb('languages').$type<string[]>().notNull(),
  institution: text('institution').notNull(),
  availability: jsonb('availability').$type<{ from: string; to: string }[]>().notNull(),
  history: jsonb('history').$type<{ country: string; from: string; to: string }[]>().notNull(),
  basis: text('basis').$type<RecordBasis>().notNull().default('entered'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** A long-term medical team stationed in a country: a standing resource. */
export const stationedTeam = pgTable('stationed_team', {
  id: text('id').primaryKey(),
  country: char('country', { length: 3 }).notNull(),
  kind: text('kind').$type<'medical-team' | 'expert-mission'>().notNull(),
  name: text('name').notNull(),
  nameZh: text('name_zh'),
  sendingProvince: text('sending_province'),
  hostFacility: text('host_facility'),
  members: integer('members').notNull(),
  specialties: jsonb('specialties').$type<string[]>().notNull(),
  since: date('since', { mode: 'string' }).notNull(),
  until: date('until', { mode: 'string' }),
  basis: text('basis').$type<RecordBasis>().notNull().default('entered'),
});

/** An expert team sent to a country: dates, objectives, status. */
export const deployment = pgTable('deployment', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  country: char('country', { length: 3 }).notNull(),
  fromDate: date('from_date', { mode: 'string' }).notNull(),
  toDate: date('to_date', { mode: 'string' }).notNull(),
  objectives: jsonb('objectives').$type<string[]>().notNull(),
  status: text('status').$type<'requested' | 'planned' | 'deployed' | 'returned'>().notNull(),
  unlistedMembers: integer('unlisted_members').notNull().default(0),
  basis: text('basis').$type<RecordBasis>().notNull().default('entered'),
  sourceNote: text('source_note'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** A roster expert on a deployment, with the role the team builder gave them. */
export const deploymentMember = pgTable(
  'deployment_member',
  {
    deploymentId: text('deployment_id').notNull(),
    expertId: text('expert_id').notNull(),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.deploymentId, t.expertId] })],
);

/** One entry of a deployment's activity log. */
export const deploymentActivity = pgTable('deployment_activity', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  deploymentId: text('deployment_id').notNull(),
  kind: text('kind')
    .$type<'command-meeting' | 'training' | 'hospital-visit' | 'advice'>()
    .notNull(),
  onDate: date('on_date', { mode: 'string' }).notNull(),
  title: text('title').notNull(),
  attendees: integer('attendees'),
  place: text('place'),
  note: text('note'),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' })
    .notNull()
    .defaultNow(),
});

/** A video exchange session with experts abroad. */
export const exchangeSession = pgTable('exchange_session', {
  id: text('id').primaryKey(),
  topic: text('topic').notNull(),
  topicZh: text('topic_zh'),
  startsAt: timestamp('starts_at', { withTimezone: true, mode: 'string' }).notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  countries: jsonb('countries').$type<string[]>().notNull(),
  organisations: jsonb('organisations').$type<string[]>().notNull(),
  hostExperts: jsonb('host_experts').$type<string[]>().notNull(),
  basis: text('basis').$type<RecordBasis>().notNull().default('entered'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** Who attended a session (a country or an organisation) and how many people. */
export const sessionAttendance = pgTable(
  'session_attendance',
  {
    sessionId: text('session_id').notNull(),
    participant: text('participant').notNull(),
    attendees: integer('attendees').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.participant] })],
);

/** A guidance document of the library. */
export const guidanceDocument = pgTable('guidance_document', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  issuer: text('issuer').notNull(),
  originalLanguage: text('original_language').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** One published version of a guidance document. */
export const guidanceVersion = pgTable(
  'guidance_version',
  {
    documentId: text('document_id').notNull(),
    version: integer('version').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }).notNull(),
    changeNote: text('change_note'),
    illustrative: boolean('illustrative').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.version] })],
);

/** A version's text in one language, with the SHA-256 of the stored file. */
export const guidanceTranslation = pgTable(
  'guidance_translation',
  {
    documentId: text('document_id').notNull(),
    version: integer('version').notNull(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    checksum: char('checksum', { length: 64 }).notNull(),
    bytes: integer('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.version, t.language] })],
);

/** A recipient received one version of a document in one language. */
export const guidanceDelivery = pgTable('guidance_delivery', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  documentId: text('document_id').notNull(),
  version: integer('version').notNull(),
  language: text('language').notNull(),
  recipient: text('recipient').notNull(),
  deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'string' }).notNull(),
});

// --- Access (0004_access.sql) ---

/** A person who signs in: argon2id password hash, one role, a recipient for a focal point. */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  login: text('login').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role')
    .$type<
      'admin' | 'coordinator' | 'logistics' | 'health-desk' | 'recipient-focal-point' | 'viewer'
    >()
    .notNull(),
  recipientId: text('recipient_id'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  // 0006_password_change.sql: a one-time password must be changed before anything else.
  passwordChangeRequired: boolean('password_change_required').notNull().default(false),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'string' }),
});

/** A signed-in browser session: the SHA-256 of the cookie's id, its user, CSRF token and expiry. */
export const authSessions = pgTable('auth_sessions', {
  idHash: char('id_hash', { length: 64 }).primaryKey(),
  userId: text('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/** An API token of a user for machine clients (only its SHA-256 is stored). */
export const apiTokens = pgTable('api_tokens', {
  id: text('id').primaryKey(),
  tokenHash: char('token_hash', { length: 64 }).notNull().unique(),
  name: text('name').notNull(),
  userId: text('user_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'string' }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
});

// --- Audit trail (0005_audit.sql) ---

/** One state change on the record: who, when, what, before and after, chained by hash (append-only). */
export const auditLog = pgTable('audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
  prevHash: char('prev_hash', { length: 64 }),
  hash: char('hash', { length: 64 }).notNull(),
});
