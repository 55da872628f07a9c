-- Sharing with consent (issue 14, item 5, decision 045): the beneficiary alone sends a named
-- recipient (the CEP operator, an employer, a funder, someone else) a single-use link to chosen
-- documents of their bilan (the document de synthèse, the detailed results), until an expiry they
-- choose, revocable at any time. The link's token is stored only as its SHA-256 (decision 026).
-- Opening the link spends it and starts a short visit (its own token, SHA-256 too) during which
-- the documents can be downloaded; every opening and download is a row of share_accesses, which
-- the beneficiary reads. Destroyed with the bilan (ON DELETE CASCADE).

CREATE TABLE shares (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  bilan_id          uuid NOT NULL,
  recipient_name    text NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 200),
  recipient_email   text NOT NULL CHECK (length(recipient_email) BETWEEN 3 AND 254),
  recipient_kind    text NOT NULL CHECK (recipient_kind IN ('cep', 'employeur', 'financeur', 'autre')),
  documents         text[] NOT NULL CHECK (
    cardinality(documents) BETWEEN 1 AND 2 AND documents <@ ARRAY['synthese', 'resultats']::text[]
  ),
  expires_at        timestamptz NOT NULL,
  -- The beneficiary's agreement word for word, as the confirmation showed it (legal.md BC-05).
  consent_text      text NOT NULL CHECK (length(consent_text) BETWEEN 1 AND 2000),
  -- The current link (« Renvoyer le lien » replaces it: the previous token opens nothing).
  token_hash        bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  link_sent_at      timestamptz NOT NULL,
  -- When the current link was opened (spent), and the visit it started.
  opened_at         timestamptz,
  visit_hash        bytea UNIQUE CHECK (length(visit_hash) = 32),
  visit_expires_at  timestamptz,
  created_by        uuid NOT NULL,
  created_at        timestamptz NOT NULL,
  revoked_at        timestamptz,
  CONSTRAINT shares_expiry CHECK (expires_at > created_at AND expires_at <= created_at + interval '92 days'),
  CONSTRAINT shares_visit CHECK ((visit_hash IS NULL) = (visit_expires_at IS NULL)),
  CONSTRAINT shares_visit_opened CHECK (visit_hash IS NULL OR opened_at IS NOT NULL),
  UNIQUE (id, organisation_id),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX shares_bilan ON shares (bilan_id, created_at);

-- What the recipient did with a share: each opening of a link and each document downloaded.
CREATE TABLE share_accesses (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  share_id         uuid NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('opened', 'downloaded')),
  document         text CHECK (document IN ('synthese', 'resultats')),
  at               timestamptz NOT NULL,
  CONSTRAINT share_accesses_document CHECK ((kind = 'downloaded') = (document IS NOT NULL)),
  FOREIGN KEY (share_id, organisation_id) REFERENCES shares (id, organisation_id) ON DELETE CASCADE
);
CREATE INDEX share_accesses_share ON share_accesses (share_id, at);
