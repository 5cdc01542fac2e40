-- Expert teams and shared know-how: the expert roster, stationed long-term teams, deployments with their
-- members and activity log, exchange sessions with attendance, and the guidance library (documents,
-- versions, translations with file checksums, and who received which version when).

CREATE TABLE expert (
  id text PRIMARY KEY,
  name text NOT NULL,
  name_zh text,
  specialties jsonb NOT NULL,
  languages jsonb NOT NULL,
  institution text NOT NULL,
  availability jsonb NOT NULL DEFAULT '[]',
  -- Deployments before Tongzhou recorded them: [{ country, from, to }].
  history jsonb NOT NULL DEFAULT '[]',
  basis text NOT NULL DEFAULT 'entered' CHECK (basis IN ('seed', 'illustrative', 'entered')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stationed_team (
  id text PRIMARY KEY,
  country char(3) NOT NULL,
  kind text NOT NULL CHECK (kind IN ('medical-team', 'expert-mission')),
  name text NOT NULL,
  name_zh text,
  sending_province text,
  host_facility text,
  members integer NOT NULL CHECK (members > 0),
  specialties jsonb NOT NULL,
  since date NOT NULL,
  until date,
  basis text NOT NULL DEFAULT 'entered' CHECK (basis IN ('seed', 'illustrative', 'entered')),
  CHECK (until IS NULL OR until >= since)
);

CREATE INDEX stationed_team_country ON stationed_team (country);

CREATE TABLE deployment (
  id text PRIMARY KEY,
  name text NOT NULL,
  country char(3) NOT NULL,
  from_date date NOT NULL,
  to_date date NOT NULL,
  objectives jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('requested', 'planned', 'deployed', 'returned')),
  -- Experts from a sending province the roster does not list one by one.
  unlisted_members integer NOT NULL DEFAULT 0 CHECK (unlisted_members >= 0),
  basis text NOT NULL DEFAULT 'entered' CHECK (basis IN ('seed', 'illustrative', 'entered')),
  source_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date >= from_date)
);

CREATE INDEX deployment_country ON deployment (country);

CREATE TABLE deployment_member (
  deployment_id text NOT NULL REFERENCES deployment (id),
  expert_id text NOT NULL REFERENCES expert (id),
  role text NOT NULL,
  PRIMARY KEY (deployment_id, expert_id)
);

CREATE INDEX deployment_member_expert ON deployment_member (expert_id);

CREATE TABLE deployment_activity (
  id bigserial PRIMARY KEY,
  deployment_id text NOT NULL REFERENCES deployment (id),
  kind text NOT NULL CHECK (kind IN ('command-meeting', 'training', 'hospital-visit', 'advice')),
  on_date date NOT NULL,
  title text NOT NULL,
  attendees integer CHECK (attendees >= 0),
  place text,
  note text,
  recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX deployment_activity_deployment ON deployment_activity (deployment_id);

CREATE TABLE exchange_session (
  id text PRIMARY KEY,
  topic text NOT NULL,
  topic_zh text,
  starts_at timestamptz NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
  countries jsonb NOT NULL,
  organisations jsonb NOT NULL DEFAULT '[]',
  host_experts jsonb NOT NULL DEFAULT '[]',
  basis text NOT NULL DEFAULT 'entered' CHECK (basis IN ('seed', 'illustrative', 'entered')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE session_attendance (
  session_id text NOT NULL REFERENCES exchange_session (id),
  participant text NOT NULL,
  attendees integer NOT NULL CHECK (attendees >= 0),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, participant)
);

CREATE TABLE guidance_document (
  id text PRIMARY KEY,
  kind text NOT NULL,
  issuer text NOT NULL,
  original_language text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE guidance_version (
  document_id text NOT NULL REFERENCES guidance_document (id),
  version integer NOT NULL CHECK (version > 0),
  published_at timestamptz NOT NULL,
  change_note text,
  illustrative boolean NOT NULL DEFAULT false,
  PRIMARY KEY (document_id, version)
);

CREATE TABLE guidance_translation (
  document_id text NOT NULL,
  version integer NOT NULL,
  language text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  checksum char(64) NOT NULL,
  bytes integer NOT NULL CHECK (bytes >= 0),
  PRIMARY KEY (document_id, version, language),
  FOREIGN KEY (document_id, version) REFERENCES guidance_version (document_id, version)
);

CREATE TABLE guidance_delivery (
  id bigserial PRIMARY KEY,
  document_id text NOT NULL,
  version integer NOT NULL,
  language text NOT NULL,
  recipient text NOT NULL,
  delivered_at timestamptz NOT NULL,
  FOREIGN KEY (document_id, version, language) REFERENCES guidance_translation (document_id, version, language)
);

CREATE INDEX guidance_delivery_recipient ON guidance_delivery (recipient);
