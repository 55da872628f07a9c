-- The document de synthèse (issue 14, legal.md BC-10, decision 043): one per bilan, written by its
-- consultant section by section, with passages pre-filled from the dossier that the consultant
-- accepts or rejects; published versions (immutable snapshots of the text, with their SHA-256)
-- that the beneficiary reads and comments section by section; the beneficiary's approval of one
-- version (a simple electronic signature of that version's hash, as for the other documents);
-- the delivery (date, channel, who recorded it) and the beneficiary's acknowledgement.
--
-- Content of the bilan: read and written by its beneficiary and its consultant only (the use
-- cases enforce it); destroyed with the bilan (ON DELETE CASCADE). Every row carries
-- organisation_id and points at its parents through composite keys that include it (decision 025).

CREATE TABLE syntheses (
  id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id          uuid NOT NULL REFERENCES organisations (id),
  bilan_id                 uuid NOT NULL UNIQUE,
  created_at               timestamptz NOT NULL,
  -- The delivery of the approved version, recorded by the consultant.
  delivery_channel         text CHECK (delivery_channel IN ('remise_en_main_propre', 'telechargement', 'courrier', 'email')),
  delivered_on             date,
  delivery_recorded_by     uuid,
  delivery_recorded_at     timestamptz,
  -- The beneficiary's acknowledgement of receipt (does not block the closure).
  delivery_acknowledged_at timestamptz,
  CONSTRAINT syntheses_delivery CHECK ((delivery_channel IS NULL) = (delivered_on IS NULL)
                                       AND (delivered_on IS NULL) = (delivery_recorded_by IS NULL)
                                       AND (delivery_recorded_by IS NULL) = (delivery_recorded_at IS NULL)),
  CONSTRAINT syntheses_acknowledgement CHECK (delivery_acknowledged_at IS NULL OR delivered_on IS NOT NULL),
  UNIQUE (id, organisation_id),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (delivery_recorded_by, organisation_id) REFERENCES users (id, organisation_id)
);

-- The consultant's draft: one row per section, its text and its revision (optimistic concurrency).
CREATE TABLE synthese_sections (
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  synthese_id      uuid NOT NULL,
  key              text NOT NULL CHECK (key IN ('circonstances', 'competences', 'interets', 'projets', 'etapes',
                                                'confidentialite', 'suivi')),
  text             text NOT NULL CHECK (length(text) <= 20000),
  revision         integer NOT NULL CHECK (revision >= 1),
  updated_by       uuid NOT NULL,
  updated_at       timestamptz NOT NULL,
  PRIMARY KEY (synthese_id, key),
  FOREIGN KEY (synthese_id, organisation_id) REFERENCES syntheses (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id)
);

-- A passage pre-filled from the dossier, with where it comes from (in French); nothing of it
-- reaches the beneficiary unless the consultant accepts it (appended to the section's text) and
-- then publishes a version. `fingerprint` (SHA-256 of section, source and text) keeps a refresh
-- from proposing the same passage twice.
CREATE TABLE synthese_proposals (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  synthese_id      uuid NOT NULL,
  section_key      text NOT NULL CHECK (section_key IN ('circonstances', 'competences', 'interets', 'projets', 'etapes',
                                                        'confidentialite', 'suivi')),
  source           text NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  fingerprint      text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  position         integer NOT NULL CHECK (position >= 0),
  status           text NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
  created_at       timestamptz NOT NULL,
  decided_by       uuid,
  decided_at       timestamptz,
  CONSTRAINT synthese_proposals_decision CHECK ((status = 'pending') = (decided_at IS NULL)
                                                AND (decided_at IS NULL) = (decided_by IS NULL)),
  UNIQUE (synthese_id, fingerprint),
  FOREIGN KEY (synthese_id, organisation_id) REFERENCES syntheses (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (decided_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX synthese_proposals_section ON synthese_proposals (synthese_id, section_key, position);

-- A version published to the beneficiary: the text of every section as it was, numbered from 1,
-- the figures drawn from the dossier at that moment (RIASEC profile, projects' charts, action plan
-- steps), and the SHA-256 of text and figures (what the approval signs). Never changed afterwards.
CREATE TABLE synthese_versions (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  synthese_id      uuid NOT NULL,
  number           integer NOT NULL CHECK (number BETWEEN 1 AND 100),
  -- [{ "key": "circonstances", "text": "…" }, …] in the document's order.
  sections         jsonb NOT NULL CHECK (jsonb_typeof(sections) = 'array' AND jsonb_array_length(sections) = 7),
  -- { "riasec": chart | null, "pistes": [chart], "steps": [step] } (domain/figures.ts).
  figures          jsonb NOT NULL CHECK (jsonb_typeof(figures) = 'object'),
  sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  published_by     uuid NOT NULL,
  published_at     timestamptz NOT NULL,
  UNIQUE (synthese_id, number),
  UNIQUE (id, synthese_id, organisation_id),
  FOREIGN KEY (synthese_id, organisation_id) REFERENCES syntheses (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (published_by, organisation_id) REFERENCES users (id, organisation_id)
);

CREATE FUNCTION synthese_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a published version of the synthèse is never changed';
END $$;
CREATE TRIGGER synthese_versions_immutable BEFORE UPDATE ON synthese_versions
  FOR EACH ROW EXECUTE FUNCTION synthese_versions_immutable();

-- The beneficiary's comment on one section of a version, and the consultant's answer.
CREATE TABLE synthese_comments (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  synthese_id      uuid NOT NULL,
  version_id       uuid NOT NULL,
  section_key      text NOT NULL CHECK (section_key IN ('circonstances', 'competences', 'interets', 'projets', 'etapes',
                                                        'confidentialite', 'suivi')),
  text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  author_id        uuid NOT NULL,
  created_at       timestamptz NOT NULL,
  answer           text CHECK (length(answer) BETWEEN 1 AND 5000),
  answered_by      uuid,
  answered_at      timestamptz,
  resolved         boolean NOT NULL DEFAULT false,
  CONSTRAINT synthese_comments_answer CHECK ((answer IS NULL) = (answered_at IS NULL)
                                             AND (answered_at IS NULL) = (answered_by IS NULL)),
  FOREIGN KEY (version_id, synthese_id, organisation_id)
    REFERENCES synthese_versions (id, synthese_id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (author_id, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (answered_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX synthese_comments_version ON synthese_comments (version_id, created_at);

-- The approval: the beneficiary's simple electronic signature of one version, with the hash of
-- the text they read, their typed name, when and from where (as document_signatures). One per
-- synthesis: once approved, the synthesis no longer changes.
CREATE TABLE synthese_approvals (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  synthese_id      uuid NOT NULL UNIQUE,
  version_id       uuid NOT NULL,
  version_sha256   text NOT NULL CHECK (version_sha256 ~ '^[0-9a-f]{64}$'),
  signer_user_id   uuid NOT NULL,
  signed_name      text NOT NULL CHECK (length(signed_name) BETWEEN 2 AND 200),
  signed_at        timestamptz NOT NULL,
  ip               text CHECK (length(ip) <= 100),
  user_agent       text CHECK (length(user_agent) <= 500),
  FOREIGN KEY (version_id, synthese_id, organisation_id)
    REFERENCES synthese_versions (id, synthese_id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (signer_user_id, organisation_id) REFERENCES users (id, organisation_id)
);
