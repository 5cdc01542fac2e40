-- People and their ways in: users with an argon2id password hash and one role (a recipient focal point
-- is bound to one recipient), signed-in browser sessions (the cookie's id is stored only as a SHA-256
-- hash, with the session's CSRF token and expiry), and API tokens for machine clients (hashed too).
-- `sessions` is taken by the experts' exchange sessions, hence `auth_sessions`.

CREATE TABLE users (
  id text PRIMARY KEY,
  login text NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'logistics', 'health-desk', 'recipient-focal-point', 'viewer')),
  recipient_id text,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'recipient-focal-point') = (recipient_id IS NOT NULL))
);

CREATE TABLE auth_sessions (
  id_hash char(64) PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE INDEX auth_sessions_user ON auth_sessions (user_id);

CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  token_hash char(64) NOT NULL UNIQUE,
  name text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE INDEX api_tokens_user ON api_tokens (user_id);
