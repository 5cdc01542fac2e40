-- Aid operations: requests, supply (depots, stock, domestic reserve, contributions) with a stock ledger,
-- batches (engine proposal, edits with reasons, approval), flights, consignments and their event log.

-- Rows of the ledgers and the event log are never changed or removed: a correction is a new row.
CREATE FUNCTION tongzhou_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only: record a correction instead of changing a row', TG_TABLE_NAME; END $$;

CREATE TABLE aid_request (
  id text PRIMARY KEY,
  recipient text NOT NULL,
  via text,
  kind text NOT NULL CHECK (kind IN ('supplies', 'expert-team', 'cash', 'works')),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'submitted'
    CHECK (status IN ('submitted', 'under-review', 'agreed', 'partly-allocated', 'fulfilled', 'declined')),
  decline_reason text,
  urgency text NOT NULL DEFAULT 'urgent' CHECK (urgency IN ('routine', 'urgent', 'critical')),
  needed_by date,
  amount_usd numeric(16, 2) CHECK (amount_usd >= 0),
  submitted_on date NOT NULL,
  agreed_by text,
  agreed_on date,
  basis text NOT NULL DEFAULT 'entered' CHECK (basis IN ('seed', 'illustrative', 'entered')),
  source_note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'declined' OR decline_reason IS NOT NULL)
);

CREATE INDEX aid_request_recipient ON aid_request (recipient);

CREATE TABLE request_line (
  id text PRIMARY KEY,
  request_id text NOT NULL REFERENCES aid_request (id),
  line_no integer NOT NULL CHECK (line_no > 0),
  item text NOT NULL,
  asked bigint NOT NULL CHECK (asked > 0),
  agreed bigint CHECK (agreed >= 0),
  note text,
  UNIQUE (request_id, line_no),
  UNIQUE (request_id, item)
);

CREATE TABLE depot (
  id text PRIMARY KEY,
  name_en text NOT NULL,
  name_zh text NOT NULL,
  city text NOT NULL,
  basis text NOT NULL DEFAULT 'entered' CHECK (basis IN ('seed', 'illustrative', 'entered'))
);

-- Per item: the domestic reserve rule, expected production, and a version bumped whenever stock arrives
-- or the rule changes (a draft made before such a change is stale).
CREATE TABLE supply_item (
  item text PRIMARY KEY,
  reserve_kind text NOT NULL DEFAULT 'fixed' CHECK (reserve_kind IN ('cover-days', 'fixed')),
  reserve_quantity bigint NOT NULL DEFAULT 0 CHECK (reserve_quantity >= 0),
  reserve_daily bigint NOT NULL DEFAULT 0 CHECK (reserve_daily >= 0),
  reserve_days integer CHECK (reserve_days >= 0),
  production_per_day bigint NOT NULL DEFAULT 0 CHECK (production_per_day >= 0),
  version integer NOT NULL DEFAULT 1,
  basis text NOT NULL DEFAULT 'entered' CHECK (basis IN ('seed', 'illustrative', 'entered')),
  note text
);

-- allocated: units approved batches hold in this depot and that have not left yet.
CREATE TABLE depot_stock (
  item text NOT NULL REFERENCES supply_item (item),
  depot_id text NOT NULL REFERENCES depot (id),
  on_hand bigint NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
  allocated bigint NOT NULL DEFAULT 0 CHECK (allocated >= 0),
  PRIMARY KEY (item, depot_id),
  CHECK (allocated <= on_hand)
);

CREATE TABLE contribution (
  id text PRIMARY KEY,
  donor text NOT NULL,
  donor_kind text NOT NULL
    CHECK (donor_kind IN ('local-government', 'company', 'civil-society', 'individual')),
  depot_id text NOT NULL REFERENCES depot (id),
  item text NOT NULL REFERENCES supply_item (item),
  quantity bigint NOT NULL CHECK (quantity > 0),
  received_on date NOT NULL,
  basis text NOT NULL DEFAULT 'entered' CHECK (basis IN ('seed', 'illustrative', 'entered')),
  note text
);

-- The stock ledger: every change of depot_stock, in the same transaction. Summing it gives depot_stock.
CREATE TABLE stock_movement (
  id bigserial PRIMARY KEY,
  item text NOT NULL,
  depot_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('receipt', 'contribution', 'adjustment', 'allocation', 'dispatch')),
  on_hand_delta bigint NOT NULL,
  allocated_delta bigint NOT NULL,
  batch_id text,
  contribution_id text,
  consignment_id text,
  note text,
  at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX stock_movement_item_depot ON stock_movement (item, depot_id);

CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
  FOR EACH ROW EXECUTE FUNCTION tongzhou_append_only();

CREATE TABLE batch (
  id text PRIMARY KEY,
  number integer CHECK (number > 0),
  title text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'discarded')),
  origin text NOT NULL CHECK (origin IN ('engine', 'manual', 'recorded')),
  basis_versions jsonb NOT NULL,
  plan jsonb,
  note text,
  illustrative boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  approved_at timestamptz,
  approved_by text
);

CREATE TABLE batch_line (
  id text PRIMARY KEY,
  batch_id text NOT NULL REFERENCES batch (id),
  request_line_id text NOT NULL REFERENCES request_line (id),
  recipient text NOT NULL,
  item text NOT NULL,
  proposed bigint CHECK (proposed >= 0),
  quantity bigint NOT NULL CHECK (quantity >= 0),
  reason jsonb,
  UNIQUE (batch_id, request_line_id)
);

CREATE INDEX batch_line_request_line ON batch_line (request_line_id);

CREATE TABLE batch_line_edit (
  id bigserial PRIMARY KEY,
  batch_line_id text NOT NULL REFERENCES batch_line (id),
  from_quantity bigint NOT NULL,
  to_quantity bigint NOT NULL,
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  edited_by text,
  at timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER batch_line_edit_append_only BEFORE UPDATE OR DELETE ON batch_line_edit
  FOR EACH ROW EXECUTE FUNCTION tongzhou_append_only();

-- Which depots hold an approved line's units, and how many of them have left on a flight.
CREATE TABLE batch_allocation (
  batch_line_id text NOT NULL REFERENCES batch_line (id),
  depot_id text NOT NULL REFERENCES depot (id),
  item text NOT NULL,
  quantity bigint NOT NULL CHECK (quantity > 0),
  dispatched bigint NOT NULL DEFAULT 0 CHECK (dispatched >= 0),
  PRIMARY KEY (batch_line_id, depot_id),
  CHECK (dispatched <= quantity)
);

CREATE TABLE flight (
  id text PRIMARY KEY,
  batch_id text NOT NULL REFERENCES batch (id),
  flight_no text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('charter', 'cargo')),
  payload_kg double precision NOT NULL CHECK (payload_kg > 0),
  volume_m3 double precision NOT NULL CHECK (volume_m3 > 0),
  origin text NOT NULL,
  destinations jsonb,
  departs_on date
);

CREATE TABLE consignment (
  id text PRIMARY KEY,
  batch_id text NOT NULL REFERENCES batch (id),
  recipient text NOT NULL,
  consignee text NOT NULL,
  flight_id text NOT NULL REFERENCES flight (id),
  marks jsonb NOT NULL,
  weight_kg double precision NOT NULL,
  volume_m3 double precision NOT NULL,
  status text NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'packed', 'customs-cleared', 'departed', 'arrived', 'handed-over', 'received')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX consignment_batch ON consignment (batch_id);

CREATE TABLE consignment_line (
  id text PRIMARY KEY,
  consignment_id text NOT NULL REFERENCES consignment (id),
  batch_line_id text NOT NULL REFERENCES batch_line (id),
  item text NOT NULL,
  packs integer NOT NULL CHECK (packs > 0),
  quantity bigint NOT NULL CHECK (quantity > 0)
);

CREATE INDEX consignment_line_batch_line ON consignment_line (batch_line_id);

-- The event log: id is the client's (a retry is the same event), seq numbers each consignment's chain,
-- occurred_at is stored as hashed (ISO 8601 UTC text), prev_hash links to the event before.
CREATE TABLE consignment_event (
  id text PRIMARY KEY,
  consignment_id text NOT NULL REFERENCES consignment (id),
  seq integer NOT NULL CHECK (seq > 0),
  kind text NOT NULL
    CHECK (kind IN ('packed', 'customs-cleared', 'departed', 'arrived', 'handed-over', 'received', 'note', 'correction')),
  occurred_at text NOT NULL CHECK (occurred_at ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$'),
  payload jsonb NOT NULL,
  prev_hash text,
  hash text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (consignment_id, seq)
);

CREATE TRIGGER consignment_event_append_only BEFORE UPDATE OR DELETE ON consignment_event
  FOR EACH ROW EXECUTE FUNCTION tongzhou_append_only();
