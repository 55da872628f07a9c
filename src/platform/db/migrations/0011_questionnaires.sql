-- Questionnaires and instruments (issue 5): the consultant's own worksheets (copies of a model,
-- edited), assignments of a questionnaire to a bilan pinned to one definition version (a snapshot
-- of the definition is kept with the answers), draft and submitted answers, comments per
-- question and the consultant's debrief notes. Content: only the beneficiary and their
-- consultant read it (enforced by the services).

CREATE TABLE worksheet_library (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  owner_id          uuid NOT NULL REFERENCES users (id),
  -- Questionnaire id (slug) of the copy, and its current version: every edit adds 1.
  questionnaire_id  text NOT NULL,
  version           integer NOT NULL CHECK (version > 0),
  based_on          text NOT NULL,
  definition        jsonb NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, questionnaire_id)
);
CREATE INDEX worksheet_library_owner ON worksheet_library (owner_id);

CREATE TABLE questionnaire_assignments (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id       uuid NOT NULL REFERENCES organisations (id),
  bilan_id              uuid NOT NULL REFERENCES bilans (id),
  kind                  text NOT NULL CHECK (kind IN ('worksheet', 'instrument')),
  questionnaire_id      text NOT NULL,
  questionnaire_version integer NOT NULL CHECK (questionnaire_version > 0),
  -- The definition as assigned: answers stay tied to the version they answered.
  definition            jsonb NOT NULL,
  title                 text NOT NULL,
  seance_id             uuid REFERENCES seances (id),
  due_on                date,
  assigned_by           uuid NOT NULL REFERENCES users (id),
  assigned_at           timestamptz NOT NULL,
  answers               jsonb NOT NULL DEFAULT '{}'::jsonb,
  draft_saved_at        timestamptz,
  submitted_at          timestamptz,
  withdrawn_at          timestamptz,
  debrief               text,
  debrief_at            timestamptz,
  CHECK (submitted_at IS NULL OR withdrawn_at IS NULL)
);
CREATE INDEX questionnaire_assignments_bilan ON questionnaire_assignments (bilan_id, assigned_at);

CREATE TABLE questionnaire_comments (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  assignment_id    uuid NOT NULL REFERENCES questionnaire_assignments (id),
  question_id      text NOT NULL,
  author_id        uuid NOT NULL REFERENCES users (id),
  body             text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at       timestamptz NOT NULL
);
CREATE INDEX questionnaire_comments_assignment ON questionnaire_comments (assignment_id, created_at);

-- Le regard des autres (360°): people invited by the beneficiary through an e-mailed link (no
-- account, one answer, expiring, revocable). Answers are only ever read aggregated (≥ 3).
CREATE TABLE feedback_invitations (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  assignment_id    uuid NOT NULL REFERENCES questionnaire_assignments (id),
  email            text NOT NULL,
  token_hash       bytea NOT NULL UNIQUE,
  created_at       timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  revoked_at       timestamptz,
  answered_at      timestamptz,
  answers          jsonb,
  UNIQUE (assignment_id, email),
  CHECK ((answered_at IS NULL) = (answers IS NULL))
);
