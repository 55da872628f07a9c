-- Intake (issue 3): inbound requests from the organisation's public page (leads), their status
-- history, and the entretien préalable (free, no commitment) with its record. Inbound only: no
-- field may hold a CPF balance, a Mon Compte Formation login or a social security number
-- (Code du travail L6323-8-1). The organisation's public slug already exists (0001); its public
-- page is switched on by organisations.public_page_enabled (0005).

CREATE TABLE leads (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id         uuid NOT NULL REFERENCES organisations (id),
  first_name              text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name               text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  email                   text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
  phone                   text CHECK (length(phone) <= 30),
  message                 text NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
  preferred_modality      text NOT NULL CHECK (preferred_modality IN ('in_person', 'remote', 'mixed', 'no_preference')),
  offer_id                uuid,
  -- Origin: what the person declared, and what the browser reported (referrer, utm_* parameters).
  declared_source         text NOT NULL CHECK (declared_source IN ('search_engine', 'word_of_mouth', 'social_network', 'employer', 'advisor', 'mon_compte_formation', 'event', 'other')),
  source_detail           text CHECK (length(source_detail) <= 200),
  referrer                text CHECK (length(referrer) <= 500),
  utm                     jsonb NOT NULL DEFAULT '{}',
  contact_consent_at      timestamptz NOT NULL,
  status                  text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'interview_planned', 'interview_done', 'redirected', 'converted', 'closed')),
  status_reason           text CHECK (length(status_reason) <= 1000),
  assigned_consultant_id  uuid,
  bilan_id                uuid,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (offer_id, organisation_id) REFERENCES offers (id, organisation_id),
  FOREIGN KEY (assigned_consultant_id, organisation_id) REFERENCES users (id, organisation_id),
  CHECK ((status = 'converted') = (bilan_id IS NOT NULL))
);
CREATE INDEX leads_organisation_status ON leads (organisation_id, status, created_at DESC);
CREATE UNIQUE INDEX leads_id_organisation ON leads (id, organisation_id);
ALTER TABLE leads ADD FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id);

CREATE TABLE lead_status_changes (
  id           bigserial PRIMARY KEY,
  lead_id      uuid NOT NULL REFERENCES leads (id),
  from_status  text,
  to_status    text NOT NULL,
  -- Null when the change comes from the public form.
  changed_by   uuid REFERENCES users (id),
  changed_at   timestamptz NOT NULL,
  reason       text CHECK (length(reason) <= 1000)
);
CREATE INDEX lead_status_changes_lead ON lead_status_changes (lead_id, changed_at);

-- One entretien préalable per lead: planned (and re-planned), then recorded.
CREATE TABLE lead_interviews (
  lead_id          uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL,
  consultant_id    uuid NOT NULL,
  starts_at        timestamptz NOT NULL,
  ends_at          timestamptz NOT NULL CHECK (ends_at > starts_at),
  mode             text NOT NULL CHECK (mode IN ('in_person', 'remote', 'phone')),
  place            text CHECK (length(place) <= 300),
  link             text CHECK (length(link) <= 500),
  situation        text CHECK (length(situation) <= 8000),
  expectations     text CHECK (length(expectations) <= 8000),
  outcome          text CHECK (outcome IN ('bilan', 'redirect')),
  redirection      text CHECK (redirection IN ('cep', 'vae', 'coaching', 'formation', 'autre')),
  outcome_reason   text CHECK (length(outcome_reason) <= 4000),
  recorded_at      timestamptz,
  recorded_by      uuid,
  -- Grows with each re-planning, so calendars update the invitation they already have.
  calendar_sequence integer NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (lead_id, organisation_id) REFERENCES leads (id, organisation_id),
  FOREIGN KEY (consultant_id, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (recorded_by, organisation_id) REFERENCES users (id, organisation_id),
  CHECK ((outcome = 'redirect') = (redirection IS NOT NULL) OR outcome IS NULL),
  CHECK ((outcome IS NULL) = (recorded_at IS NULL))
);
