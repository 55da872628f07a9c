-- Documents, signatures and financing (issue 3, decision 015): the financing record of a bilan
-- with its type-specific data and status, the PDF documents generated from the organisation's
-- data (quote, individual contract, tripartite convention, CPF order sheet, certificate of
-- completion), their simple electronic signatures, and the single-use links an employer (who
-- has no account) signs through.

CREATE TABLE bilan_financings (
  bilan_id                   uuid PRIMARY KEY,
  organisation_id            uuid NOT NULL REFERENCES organisations (id),
  -- A status of the type's catalogue (src/domain/rules/financing/catalog.ts).
  status                     text NOT NULL CHECK (length(status) BETWEEN 1 AND 60),
  price_cents                integer CHECK (price_cents BETWEEN 0 AND 100000000),
  -- CPF: the order (dossier) number and the day the holder validated it. Never a balance,
  -- never a Mon Compte Formation login, never a social security number (L6323-8-1).
  cpf_order_reference        text CHECK (cpf_order_reference ~ '^[A-Za-z0-9-]{4,40}$'),
  cpf_validated_on           date,
  cpf_exemptions             text[] NOT NULL DEFAULT '{}',
  -- Self-declared: a bilan funded by public or pooled money in the previous years.
  previous_public_bilan      text NOT NULL DEFAULT 'unknown' CHECK (previous_public_bilan IN ('unknown', 'none', 'yes')),
  previous_public_bilan_on   date,
  -- Employer plan: the employer and its contact (who signs the convention through a link).
  employer_name              text CHECK (length(employer_name) <= 200),
  employer_siret             text CHECK (employer_siret ~ '^[0-9]{14}$'),
  employer_contact_name      text CHECK (length(employer_contact_name) <= 200),
  employer_contact_email     text CHECK (length(employer_contact_email) <= 254),
  -- The day the convention was sent to the employee (their 10 days run from it).
  convention_sent_on         date,
  -- OPCO / Transitions Pro, France Travail, public employer: who funds and their file number.
  funder_name                text CHECK (length(funder_name) <= 200),
  funder_reference           text CHECK (length(funder_reference) <= 100),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  updated_by                 uuid REFERENCES users (id),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id)
);

CREATE TABLE bilan_documents (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('devis', 'contrat_individuel', 'convention_tripartite', 'commande_cpf', 'certificat_realisation')),
  version          integer NOT NULL CHECK (version > 0),
  -- The administrative data the PDF was rendered from (never bilan content), kept to render the
  -- signed copy with its signature page.
  render_data      jsonb NOT NULL,
  -- The exact PDF shown to signers, and its SHA-256 (what a signature attests).
  pdf              bytea NOT NULL,
  sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- Who must sign: any of 'beneficiary', 'provider', 'employer' (empty: nothing to sign).
  signers          text[] NOT NULL DEFAULT '{}',
  superseded_at    timestamptz,
  created_at       timestamptz NOT NULL,
  created_by       uuid REFERENCES users (id),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id),
  UNIQUE (bilan_id, kind, version)
);
CREATE UNIQUE INDEX bilan_documents_id_organisation ON bilan_documents (id, organisation_id);
CREATE INDEX bilan_documents_bilan ON bilan_documents (bilan_id, kind, version DESC);

CREATE TABLE document_signatures (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  document_id      uuid NOT NULL,
  signer_role      text NOT NULL CHECK (signer_role IN ('beneficiary', 'provider', 'employer')),
  -- Null for the employer, who signs through an e-mailed link.
  signer_user_id   uuid REFERENCES users (id),
  signed_name      text NOT NULL CHECK (length(signed_name) BETWEEN 2 AND 200),
  document_sha256  text NOT NULL CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
  signed_at        timestamptz NOT NULL,
  ip               text,
  user_agent       text,
  FOREIGN KEY (document_id, organisation_id) REFERENCES bilan_documents (id, organisation_id),
  UNIQUE (document_id, signer_role)
);

CREATE TABLE signature_links (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  document_id      uuid NOT NULL,
  token_hash       bytea NOT NULL UNIQUE,
  email            text NOT NULL CHECK (length(email) <= 254),
  created_at       timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  used_at          timestamptz,
  FOREIGN KEY (document_id, organisation_id) REFERENCES bilan_documents (id, organisation_id)
);

CREATE TRIGGER bilan_financings_notify AFTER INSERT OR UPDATE OR DELETE ON bilan_financings
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER bilan_documents_notify AFTER INSERT OR UPDATE OR DELETE ON bilan_documents
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER document_signatures_notify AFTER INSERT OR UPDATE OR DELETE ON document_signatures
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
