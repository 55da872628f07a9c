-- GDPR requests (issue 15, decision 048): the register of the rights a person exercises with the
-- organisation — access, rectification, erasure, restriction, objection, portability (Art. 15 to
-- 21) — asked by a beneficiary in the app or registered by an admin for a beneficiary's account, a
-- lead, or someone named by name and e-mail. Answered within one month of receipt, extendable by
-- two further months with a reason (Art. 12(3)).
--
-- ADMINISTRATIVE, not content of a bilan: the register is the organisation's proof that it answered
-- (Art. 5(2), accountability). It holds who asked, what, when and the answer's summary, and is kept
-- when the bilan's content is destroyed. The person's name and e-mail are copied on the request, so
-- that the register outlives a purged lead (its link is then forgotten, `SET NULL (lead_id)`).

CREATE TABLE privacy_requests (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id        uuid NOT NULL REFERENCES organisations (id),
  kind                   text NOT NULL
    CHECK (kind IN ('access', 'rectification', 'erasure', 'restriction', 'objection', 'portability')),
  -- Asked by the beneficiary in the app, or registered by an admin (letter, e-mail, telephone…).
  channel                text NOT NULL CHECK (channel IN ('app', 'admin')),
  subject_type           text NOT NULL CHECK (subject_type IN ('beneficiary', 'lead', 'person')),
  beneficiary_id         uuid,
  lead_id                uuid,
  person_name            text NOT NULL CHECK (length(person_name) BETWEEN 1 AND 201),
  person_email           text NOT NULL CHECK (person_email = lower(person_email) AND length(person_email) BETWEEN 3 AND 254),
  message                text CHECK (length(message) BETWEEN 1 AND 4000),
  received_on            date NOT NULL,
  due_on                 date NOT NULL CHECK (due_on > received_on),
  -- Extended once, by two further months, with its reason (told to the person).
  extended_due_on        date CHECK (extended_due_on > due_on),
  extension_reason       text CHECK (length(extension_reason) BETWEEN 1 AND 2000),
  status                 text NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'in_progress', 'answered', 'refused')),
  closed_on              date,
  -- What was answered (answered), or why the request was refused (refused).
  answer_summary         text CHECK (length(answer_summary) BETWEEN 1 AND 4000),
  -- For an erasure of a beneficiary with a bilan: when the bilan's content was destroyed.
  content_destroyed_at   timestamptz,
  -- The deadline sweep's reminders to the admins, once each.
  reminded_at            timestamptz,
  overdue_alerted_at     timestamptz,
  created_by             uuid NOT NULL,
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  closed_by              uuid,
  FOREIGN KEY (beneficiary_id, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (lead_id, organisation_id) REFERENCES leads (id, organisation_id) ON DELETE SET NULL (lead_id),
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (closed_by, organisation_id) REFERENCES users (id, organisation_id),
  CHECK (subject_type <> 'beneficiary' OR beneficiary_id IS NOT NULL),
  CHECK (subject_type = 'beneficiary' OR beneficiary_id IS NULL),
  CHECK (subject_type = 'lead' OR lead_id IS NULL),
  CHECK ((extended_due_on IS NULL) = (extension_reason IS NULL)),
  CHECK ((status IN ('answered', 'refused')) = (closed_on IS NOT NULL)),
  CHECK ((status IN ('answered', 'refused')) = (answer_summary IS NOT NULL)),
  CHECK ((status IN ('answered', 'refused')) = (closed_by IS NOT NULL))
);
CREATE INDEX privacy_requests_organisation ON privacy_requests (organisation_id, received_on DESC);
CREATE INDEX privacy_requests_beneficiary ON privacy_requests (beneficiary_id) WHERE beneficiary_id IS NOT NULL;
CREATE INDEX privacy_requests_lead ON privacy_requests (lead_id) WHERE lead_id IS NOT NULL;
CREATE INDEX privacy_requests_open ON privacy_requests (status) WHERE status IN ('received', 'in_progress');

-- The leads purge (decision 048) looks for leads whose last contact is old: their status changes
-- are read by lead.
CREATE INDEX leads_purge ON leads (updated_at) WHERE bilan_id IS NULL;
