-- Consent to the information notice (L6313-4, BC-03), the signed charter of mutual commitments,
-- and the phase records behind the checklists (R6313-4): the préliminaire's need analysis,
-- format and agreed modalities, and the items the consultant attests.

CREATE TABLE bilan_consents (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  beneficiary_id   uuid NOT NULL REFERENCES users (id),
  notice_version   text NOT NULL,
  decision         text NOT NULL CHECK (decision IN ('given', 'refused')),
  decided_at       timestamptz NOT NULL,
  channel          text NOT NULL DEFAULT 'web',
  ip               text,
  user_agent       text,
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id)
);
CREATE INDEX bilan_consents_bilan ON bilan_consents (bilan_id, decided_at DESC);

CREATE TABLE charter_signatures (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  signer_role      text NOT NULL CHECK (signer_role IN ('beneficiary', 'consultant')),
  signer_user_id   uuid NOT NULL REFERENCES users (id),
  charter_version  text NOT NULL,
  -- SHA-256 of the exact text shown and signed.
  text_sha256      text NOT NULL CHECK (text_sha256 ~ '^[0-9a-f]{64}$'),
  signed_name      text NOT NULL CHECK (length(signed_name) BETWEEN 2 AND 200),
  signed_at        timestamptz NOT NULL,
  ip               text,
  user_agent       text,
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id),
  UNIQUE (bilan_id, signer_role, charter_version)
);

CREATE TABLE bilan_phase_records (
  bilan_id         uuid PRIMARY KEY REFERENCES bilans (id),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  -- Content of the préliminaire (visible to the beneficiary and their consultant only).
  need_analysis    text CHECK (length(need_analysis) <= 8000),
  format           text CHECK (length(format) <= 4000),
  modalities       text CHECK (length(modalities) <= 4000),
  -- Items attested by the consultant: { "<item code>": { "at": iso, "by": uuid, "note": text } }.
  attested         jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  updated_by       uuid REFERENCES users (id)
);

CREATE TRIGGER bilan_consents_notify AFTER INSERT OR UPDATE OR DELETE ON bilan_consents
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER charter_signatures_notify AFTER INSERT OR UPDATE OR DELETE ON charter_signatures
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER bilan_phase_records_notify AFTER INSERT OR UPDATE OR DELETE ON bilan_phase_records
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
