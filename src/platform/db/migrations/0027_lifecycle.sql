-- The bilan's lifecycle after its end (issue 15, decision 046, R6313-7, legal.md BC-11, GDPR-05,
-- GDPR-09): the documents made for the bilan are destroyed once the grace period after the end
-- has passed, except the items the beneficiary agreed in writing to keep (until a date at most
-- three years after the end). Every destruction leaves a certificate: categories and counts, the
-- date, the date by which no backup copy remains; never any content. These three tables are
-- ADMINISTRATIVE: they hold no content and stay with the bilan.

-- One row per ended bilan, written by the sweep: when its documents are due for destruction,
-- which warnings went out, and when the content went.
CREATE TABLE bilan_destructions (
  bilan_id          uuid PRIMARY KEY,
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  ended_on          date NOT NULL,
  due_on            date NOT NULL CHECK (due_on >= ended_on),
  warn_on           date NOT NULL CHECK (warn_on BETWEEN ended_on AND due_on),
  end_warned_at     timestamptz,
  before_warned_at  timestamptz,
  destroyed_at      timestamptz,
  created_at        timestamptz NOT NULL,
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id)
);
CREATE INDEX bilan_destructions_pending ON bilan_destructions (due_on) WHERE destroyed_at IS NULL;

-- The beneficiary's written agreement to keep named items after the end (R6313-7): signed with
-- their typed name and a consent box, until a date they chose; withdrawn at any time.
CREATE TABLE retention_agreements (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  bilan_id          uuid NOT NULL,
  purpose           text NOT NULL CHECK (purpose IN ('suivi', 'transmission_cep')),
  items             text[] NOT NULL CHECK (
    cardinality(items) BETWEEN 1 AND 5
    AND items <@ ARRAY['synthese', 'resultats', 'portfolio', 'pistes', 'plan_action']::text[]
  ),
  expires_on        date NOT NULL,
  consent_text      text NOT NULL CHECK (length(consent_text) BETWEEN 1 AND 2000),
  signer_user_id    uuid NOT NULL,
  signed_name       text NOT NULL CHECK (length(signed_name) BETWEEN 1 AND 200),
  signed_at         timestamptz NOT NULL,
  ip                text,
  user_agent        text,
  withdrawn_at      timestamptz,
  -- When the kept items went (on expiry or after a withdrawal).
  ended_at          timestamptz,
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id),
  FOREIGN KEY (signer_user_id, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX retention_agreements_bilan ON retention_agreements (bilan_id, signed_at);

-- The destruction certificate of a bilan, one entry per destruction: at the end, on expiry or
-- withdrawal of an agreement, or on a GDPR erasure. Categories in French with counts, no content.
CREATE TABLE destruction_certificates (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  bilan_id          uuid NOT NULL,
  reason            text NOT NULL CHECK (reason IN ('fin_du_bilan', 'fin_de_conservation', 'effacement')),
  destroyed_at      timestamptz NOT NULL,
  destroyed_on      date NOT NULL,
  backups_gone_on   date NOT NULL CHECK (backups_gone_on >= destroyed_on),
  categories        jsonb NOT NULL CHECK (jsonb_typeof(categories) = 'array'),
  kept_items        text[] NOT NULL DEFAULT '{}',
  kept_until        date,
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id)
);
CREATE INDEX destruction_certificates_bilan ON destruction_certificates (bilan_id, destroyed_at);

-- A published version of the synthèse stays unchanged, except once, at the destruction: its
-- sections' texts and its figures are emptied (decision 046); its number, date and SHA-256 (what
-- the beneficiary's approval signed) stay as proof. Any other change is still refused.
CREATE OR REPLACE FUNCTION synthese_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id = OLD.id AND NEW.organisation_id = OLD.organisation_id AND NEW.synthese_id = OLD.synthese_id
     AND NEW.number = OLD.number AND NEW.sha256 = OLD.sha256 AND NEW.published_by = OLD.published_by
     AND NEW.published_at = OLD.published_at
     AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(NEW.sections) s WHERE s->>'text' <> '')
     AND NEW.figures = '{"riasec": null, "pistes": [], "steps": []}'::jsonb THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'a published version of the synthèse is never changed';
END $$;
