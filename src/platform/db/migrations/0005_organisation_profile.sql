-- The provider's profile (issue 3): identity, NDA and Qualiopi certificate, accessibility contact
-- (référent handicap), published commitments, and its offers (prestations). Shown on its public
-- page and printed on quotes, contracts and certificates.

ALTER TABLE organisations
  ADD COLUMN legal_name text CHECK (length(legal_name) <= 200),
  ADD COLUMN siret text CHECK (siret ~ '^[0-9]{14}$'),
  ADD COLUMN address text CHECK (length(address) <= 300),
  ADD COLUMN postal_code text CHECK (postal_code ~ '^[0-9]{5}$'),
  ADD COLUMN city text CHECK (length(city) <= 100),
  ADD COLUMN phone text CHECK (length(phone) <= 30),
  ADD COLUMN contact_email text CHECK (length(contact_email) <= 254),
  -- Numéro de déclaration d'activité (NDA): 11 digits.
  ADD COLUMN nda_number text CHECK (nda_number ~ '^[0-9]{11}$'),
  ADD COLUMN qualiopi_certificate_number text CHECK (length(qualiopi_certificate_number) <= 100),
  ADD COLUMN qualiopi_certifier text CHECK (length(qualiopi_certifier) <= 200),
  ADD COLUMN qualiopi_scope text CHECK (length(qualiopi_scope) <= 500),
  ADD COLUMN qualiopi_expires_on date,
  ADD COLUMN accessibility_contact_name text CHECK (length(accessibility_contact_name) <= 200),
  ADD COLUMN accessibility_contact_email text CHECK (length(accessibility_contact_email) <= 254),
  ADD COLUMN accessibility_contact_phone text CHECK (length(accessibility_contact_phone) <= 30),
  ADD COLUMN accessibility_conditions text CHECK (length(accessibility_conditions) <= 4000),
  -- Published commitments (Qualiopi indicator 1-2); days are calendar days.
  ADD COLUMN commitment_first_answer_days integer CHECK (commitment_first_answer_days BETWEEN 1 AND 60),
  ADD COLUMN commitment_first_appointment_days integer CHECK (commitment_first_appointment_days BETWEEN 1 AND 120),
  ADD COLUMN follow_up_months integer NOT NULL DEFAULT 6 CHECK (follow_up_months BETWEEN 3 AND 12),
  ADD COLUMN public_page_enabled boolean NOT NULL DEFAULT false;

CREATE TABLE offers (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id         uuid NOT NULL REFERENCES organisations (id),
  title                   text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  description             text NOT NULL DEFAULT '' CHECK (length(description) <= 8000),
  accompaniment_minutes   integer NOT NULL CHECK (accompaniment_minutes > 0),
  personal_work_minutes   integer NOT NULL DEFAULT 0 CHECK (personal_work_minutes >= 0),
  modality                text NOT NULL CHECK (modality IN ('in_person', 'remote', 'mixed')),
  places                  text NOT NULL DEFAULT '' CHECK (length(places) <= 1000),
  price_cents             integer NOT NULL CHECK (price_cents >= 0),
  access_delay            text NOT NULL DEFAULT '' CHECK (length(access_delay) <= 500),
  active                  boolean NOT NULL DEFAULT true,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX offers_organisation ON offers (organisation_id, active);
CREATE UNIQUE INDEX offers_id_organisation ON offers (id, organisation_id);
