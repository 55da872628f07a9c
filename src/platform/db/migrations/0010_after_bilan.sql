-- After the bilan (issue 3, item 8): the follow-up interview, the évaluations à chaud and à froid,
-- and the CPF declarations on EDOF. Administrative facts only: no bilan content here.

CREATE TABLE follow_ups (
  bilan_id         uuid PRIMARY KEY REFERENCES bilans (id),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  offered_at       timestamptz NOT NULL,
  offered_by       uuid NOT NULL REFERENCES users (id),
  response         text CHECK (response IN ('accepted', 'declined')),
  responded_at     timestamptz,
  -- Set by the sweep once the bilan has ended and the offer is accepted.
  due_on           date,
  planned_at       timestamptz,
  reminder_sent_at timestamptz,
  outcome          text CHECK (outcome IN ('project_done', 'project_in_progress', 'project_preparing', 'project_changed', 'project_paused', 'missed')),
  held_on          date,
  recorded_by      uuid REFERENCES users (id),
  recorded_at      timestamptz,
  CHECK ((response IS NULL) = (responded_at IS NULL)),
  CHECK (outcome IS NULL OR due_on IS NOT NULL)
);
CREATE INDEX follow_ups_pending ON follow_ups (due_on) WHERE outcome IS NULL;

CREATE TABLE evaluations (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  bilan_id          uuid NOT NULL REFERENCES bilans (id),
  kind              text NOT NULL CHECK (kind IN ('chaud', 'froid')),
  token_hash        bytea NOT NULL UNIQUE,
  questionnaire_id  text NOT NULL,
  questionnaire_version integer NOT NULL,
  sent_at           timestamptz NOT NULL,
  expires_on        date NOT NULL,
  answered_at       timestamptz,
  answers           jsonb,
  score_basis_points integer CHECK (score_basis_points BETWEEN 0 AND 10000),
  UNIQUE (bilan_id, kind),
  CHECK ((answered_at IS NULL) = (answers IS NULL))
);
CREATE INDEX evaluations_organisation ON evaluations (organisation_id, kind);

CREATE TABLE edof_declarations (
  bilan_id        uuid NOT NULL REFERENCES bilans (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  kind            text NOT NULL CHECK (kind IN ('entry', 'exit')),
  event_on        date NOT NULL,
  due_on          date NOT NULL,
  reminded_at     timestamptz,
  declared_on     date,
  declared_by     uuid REFERENCES users (id),
  declared_at     timestamptz,
  PRIMARY KEY (bilan_id, kind),
  CHECK ((declared_on IS NULL) = (declared_at IS NULL))
);
