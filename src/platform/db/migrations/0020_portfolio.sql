-- The beneficiary's parcours and competence portfolio (issue 12, decision 038): experiences,
-- competences (savoirs, savoir-faire, savoir-être) with the experiences that prove them, the
-- beneficiary's own domains of competence, the ROME proposals they rejected, and comments.
-- Content of the bilan: read and written by its beneficiary and its consultant only (the use
-- cases enforce it); destroyed with the bilan (ON DELETE CASCADE).
--
-- ROME codes are plain text, without foreign keys (decision 013: an import replaces the
-- catalogue and may drop a code); the use cases check that a code exists when it is saved.
-- Every row carries organisation_id and points at its parents through composite keys that
-- include it (decision 025); evidence and comments also carry bilan_id in their keys, so an
-- experience and a competence of two different bilans can never be linked.
--
-- `revision` counts the saves of an item (1 at creation): a save sends the revision it edited
-- and is refused when another save came first (optimistic concurrency, no lost update).

CREATE TABLE portfolio_experiences (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id       uuid NOT NULL REFERENCES organisations (id),
  bilan_id              uuid NOT NULL,
  kind                  text NOT NULL CHECK (kind IN ('professional', 'volunteer', 'personal', 'training')),
  title                 text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  appellation_code_ogr  text CHECK (appellation_code_ogr ~ '^[0-9]{1,6}$'),
  employer_or_context   text CHECK (length(employer_or_context) BETWEEN 1 AND 200),
  started_on            date NOT NULL,
  -- Null: still going on.
  ended_on              date,
  activities            text CHECK (length(activities) BETWEEN 1 AND 5000),
  achievements          text CHECK (length(achievements) BETWEEN 1 AND 5000),
  liked                 text CHECK (length(liked) BETWEEN 1 AND 5000),
  disliked              text CHECK (length(disliked) BETWEEN 1 AND 5000),
  -- 1 (a low) to 5 (a high): draws the highs and lows of the career.
  satisfaction          smallint CHECK (satisfaction BETWEEN 1 AND 5),
  position              integer NOT NULL CHECK (position >= 0),
  created_by            uuid NOT NULL,
  created_at            timestamptz NOT NULL,
  updated_by            uuid NOT NULL,
  updated_at            timestamptz NOT NULL,
  revision              integer NOT NULL CHECK (revision >= 1),
  CONSTRAINT portfolio_experiences_period_order CHECK (ended_on IS NULL OR ended_on >= started_on),
  UNIQUE (id, bilan_id, organisation_id),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX portfolio_experiences_bilan ON portfolio_experiences (bilan_id, position);

CREATE TABLE portfolio_domains (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  label            text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
  -- The label folded (case, accents, spaces) by the domain: unique per bilan.
  label_key        text NOT NULL CHECK (length(label_key) BETWEEN 1 AND 120),
  -- The ROME macro-competence the domain started from, if any.
  macro_code_ogr   text CHECK (macro_code_ogr ~ '^[0-9]{1,6}$'),
  position         integer NOT NULL CHECK (position >= 0),
  created_by       uuid NOT NULL,
  created_at       timestamptz NOT NULL,
  updated_by       uuid NOT NULL,
  updated_at       timestamptz NOT NULL,
  revision         integer NOT NULL CHECK (revision >= 1),
  UNIQUE (bilan_id, label_key),
  UNIQUE (id, bilan_id, organisation_id),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id)
);

CREATE TABLE portfolio_competences (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('savoir', 'savoir_faire', 'savoir_etre')),
  label            text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  label_key        text NOT NULL CHECK (length(label_key) BETWEEN 1 AND 200),
  -- A ROME compétence, macro-compétence (rome_competences) or savoir (rome_savoirs).
  code_ogr         text CHECK (code_ogr ~ '^[0-9]{1,6}$'),
  -- The four-step scale of domain/levels.ts; null: not assessed yet.
  level            smallint CHECK (level BETWEEN 1 AND 4),
  wants_to_use     boolean,
  transferable     boolean NOT NULL,
  origin           text NOT NULL CHECK (origin IN ('declared', 'rome', 'questionnaire', 'feedback_360')),
  domain_id        uuid,
  position         integer NOT NULL CHECK (position >= 0),
  created_by       uuid NOT NULL,
  created_at       timestamptz NOT NULL,
  updated_by       uuid NOT NULL,
  updated_at       timestamptz NOT NULL,
  revision         integer NOT NULL CHECK (revision >= 1),
  -- The same competence twice in a bilan: by code, or by label folded.
  UNIQUE (bilan_id, code_ogr),
  UNIQUE (bilan_id, label_key),
  UNIQUE (id, bilan_id, organisation_id),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  -- A deleted domain leaves its competences without domain.
  FOREIGN KEY (domain_id, bilan_id, organisation_id) REFERENCES portfolio_domains (id, bilan_id, organisation_id)
    ON DELETE SET NULL (domain_id),
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX portfolio_competences_bilan ON portfolio_competences (bilan_id, position);
CREATE INDEX portfolio_competences_domain ON portfolio_competences (domain_id) WHERE domain_id IS NOT NULL;

-- A competence proven by an experience; both of the same bilan (and organisation).
CREATE TABLE portfolio_evidence (
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  competence_id    uuid NOT NULL,
  experience_id    uuid NOT NULL,
  PRIMARY KEY (competence_id, experience_id),
  FOREIGN KEY (competence_id, bilan_id, organisation_id)
    REFERENCES portfolio_competences (id, bilan_id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (experience_id, bilan_id, organisation_id)
    REFERENCES portfolio_experiences (id, bilan_id, organisation_id) ON DELETE CASCADE
);
CREATE INDEX portfolio_evidence_experience ON portfolio_evidence (experience_id);
CREATE INDEX portfolio_evidence_bilan ON portfolio_evidence (bilan_id);

-- A proposal the person turned down: not proposed again in this bilan. `proposal` is a ROME OGR
-- code, or `savoir-etre:<id>` for a savoir-être proposed from the savoir-être questionnaire or the
-- 360° (the ids of src/instruments/domain/softskills/skills.ts).
CREATE TABLE portfolio_rejected_proposals (
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  proposal         text NOT NULL CHECK (proposal ~ '^([0-9]{1,6}|savoir-etre:[a-z0-9-]{1,40})$'),
  rejected_by      uuid NOT NULL,
  rejected_at      timestamptz NOT NULL,
  PRIMARY KEY (bilan_id, proposal),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (rejected_by, organisation_id) REFERENCES users (id, organisation_id)
);

-- A comment on an experience, on a competence, or (neither set) on the portfolio as a whole.
CREATE TABLE portfolio_comments (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  experience_id    uuid,
  competence_id    uuid,
  author_id        uuid NOT NULL,
  body             text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  created_at       timestamptz NOT NULL,
  CHECK (num_nonnulls(experience_id, competence_id) <= 1),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (experience_id, bilan_id, organisation_id)
    REFERENCES portfolio_experiences (id, bilan_id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (competence_id, bilan_id, organisation_id)
    REFERENCES portfolio_competences (id, bilan_id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (author_id, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX portfolio_comments_bilan ON portfolio_comments (bilan_id, created_at);
CREATE INDEX portfolio_comments_experience ON portfolio_comments (experience_id) WHERE experience_id IS NOT NULL;
CREATE INDEX portfolio_comments_competence ON portfolio_comments (competence_id) WHERE competence_id IS NOT NULL;

-- The portfolio is read from the in-process read cache (decision 008): every change to what the
-- portfolio's page shows notifies its organisation, so each process drops its cached portfolios.
CREATE TRIGGER portfolio_experiences_notify AFTER INSERT OR UPDATE OR DELETE ON portfolio_experiences
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER portfolio_competences_notify AFTER INSERT OR UPDATE OR DELETE ON portfolio_competences
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER portfolio_domains_notify AFTER INSERT OR UPDATE OR DELETE ON portfolio_domains
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER portfolio_evidence_notify AFTER INSERT OR UPDATE OR DELETE ON portfolio_evidence
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER portfolio_comments_notify AFTER INSERT OR UPDATE OR DELETE ON portfolio_comments
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
