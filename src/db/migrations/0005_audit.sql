-- The audit trail: one row per state change (who, when, what, before and after), hash-chained in the
-- order of `seq` and append-only. Appends are serialised by the application (an advisory lock held to
-- the end of the transaction), so `seq` has no gaps and the chain never forks; the trigger below makes
-- the table append-only for every role but one that disables it on purpose (which verify then shows).

CREATE TABLE audit_log (
  seq bigint PRIMARY KEY CHECK (seq > 0),
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  before jsonb,
  after jsonb,
  prev_hash char(64),
  hash char(64) NOT NULL UNIQUE
);

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE FUNCTION tongzhou_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = '42501'; END $$;

CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION tongzhou_audit_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION tongzhou_audit_append_only();
