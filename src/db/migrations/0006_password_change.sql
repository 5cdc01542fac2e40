-- Passwords can be changed, and a one-time password (the production admin's first one, or one an
-- administrator set with `tongzhou users reset-password`) must be changed before anything else:
-- password_change_required holds the user to POST /api/auth/password until they do.

ALTER TABLE users ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN password_changed_at timestamptz;
