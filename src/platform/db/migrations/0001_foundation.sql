-- Foundation: organisations, accounts, sessions, invitations, e-mail outbox, audit log, bilans.
-- Conventions: snake_case; uuid keys; timestamptz; text + CHECK rather than enum types
-- (values evolve with plain ALTERs); every row that belongs to a provider carries organisation_id.

CREATE TABLE organisations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  role             text NOT NULL CHECK (role IN ('admin', 'consultant', 'beneficiary')),
  -- Stored normalised (trimmed, lower case). One account per address on the installation.
  email            text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 254),
  first_name       text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name        text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  password_hash    text,
  status           text NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  activated_at     timestamptz,
  CHECK (status <> 'active' OR password_hash IS NOT NULL)
);
CREATE INDEX users_organisation_role ON users (organisation_id, role);
-- Lets composite foreign keys check that a referenced user belongs to the same organisation.
CREATE UNIQUE INDEX users_id_organisation ON users (id, organisation_id);

CREATE TABLE invitations (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  user_id          uuid NOT NULL,
  invited_by       uuid NOT NULL,
  -- SHA-256 of the single-use token sent by e-mail; the token itself is never stored.
  token_hash       bytea NOT NULL UNIQUE,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'expired', 'revoked')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL,
  accepted_at      timestamptz,
  FOREIGN KEY (user_id, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (invited_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX invitations_organisation_status ON invitations (organisation_id, status);
CREATE INDEX invitations_user ON invitations (user_id);
CREATE INDEX invitations_pending_expiry ON invitations (expires_at) WHERE status = 'pending';

CREATE TABLE auth_sessions (
  -- SHA-256 of the cookie token.
  id_hash       bytea PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  ip            text,
  user_agent    text
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id);
CREATE INDEX auth_sessions_expiry ON auth_sessions (expires_at);

CREATE TABLE password_resets (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash  bytea NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
CREATE INDEX password_resets_user ON password_resets (user_id);

-- Failed-login counters per account and per IP (key = 'account:<email>' or 'ip:<address>').
CREATE TABLE login_throttle (
  key                text PRIMARY KEY,
  failures           integer NOT NULL,
  window_started_at  timestamptz NOT NULL,
  blocked_until      timestamptz
);

-- Every e-mail is written here in the transaction that causes it, then delivered by SMTP when
-- configured. Without SMTP it stays here, readable by the organisation's admins.
CREATE TABLE outbox_emails (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid REFERENCES organisations (id),
  kind             text NOT NULL,
  to_address       text NOT NULL,
  subject          text NOT NULL,
  text_body        text NOT NULL,
  html_body        text NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz
);
CREATE INDEX outbox_emails_organisation_created ON outbox_emails (organisation_id, created_at DESC);
CREATE INDEX outbox_emails_pending ON outbox_emails (created_at) WHERE status = 'pending';

-- Append-only audit log: who, what, when, from where. Written in the same transaction as the
-- change it records. UPDATE and DELETE are refused by a trigger.
CREATE TABLE audit_events (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id  uuid REFERENCES organisations (id),
  occurred_at      timestamptz NOT NULL,
  actor_user_id    uuid REFERENCES users (id),
  actor_role       text,
  action           text NOT NULL,
  subject_type     text,
  subject_id       uuid,
  bilan_id         uuid,
  ip               text,
  user_agent       text,
  details          jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_organisation_time ON audit_events (organisation_id, id DESC);
CREATE INDEX audit_events_bilan ON audit_events (bilan_id) WHERE bilan_id IS NOT NULL;

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

CREATE TABLE bilans (
  id                             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id                uuid NOT NULL REFERENCES organisations (id),
  beneficiary_id                 uuid NOT NULL,
  consultant_id                  uuid NOT NULL,
  financing                      text NOT NULL CHECK (financing IN (
                                   'cpf', 'employer_plan', 'opco', 'transitions_pro',
                                   'france_travail', 'self_funded', 'public_agent')),
  planned_accompaniment_minutes  integer NOT NULL CHECK (planned_accompaniment_minutes > 0),
  phase                          text NOT NULL DEFAULT 'preliminaire' CHECK (phase IN (
                                   'preliminaire', 'investigation', 'conclusion', 'cloture', 'abandonne')),
  phase_changed_at               timestamptz NOT NULL DEFAULT now(),
  abandon_reason                 text,
  created_at                     timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (beneficiary_id, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (consultant_id, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX bilans_consultant_phase ON bilans (organisation_id, consultant_id, phase);
CREATE INDEX bilans_beneficiary ON bilans (beneficiary_id);
-- A beneficiary has at most one open bilan at a time.
CREATE UNIQUE INDEX bilans_one_open_per_beneficiary ON bilans (beneficiary_id)
  WHERE phase IN ('preliminaire', 'investigation', 'conclusion');
CREATE UNIQUE INDEX bilans_id_organisation ON bilans (id, organisation_id);

CREATE TABLE bilan_phase_changes (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  bilan_id    uuid NOT NULL REFERENCES bilans (id),
  from_phase  text NOT NULL,
  to_phase    text NOT NULL,
  changed_by  uuid NOT NULL REFERENCES users (id),
  changed_at  timestamptz NOT NULL,
  reason      text
);
CREATE INDEX bilan_phase_changes_bilan ON bilan_phase_changes (bilan_id, id);
