-- Qualiopi's registers (decision 050): the complaints and incidents register (indicator 31), the
-- improvement actions register (indicator 32) and the published results (indicator 2). All three
-- are ADMINISTRATIVE records of the organisation, kept for its audits; none hangs off a bilan and
-- none holds bilan content. A complaint may come from the public page (no account: no creator).

CREATE TABLE quality_improvement_actions (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  source           text NOT NULL CHECK (source IN ('reclamation', 'evaluation', 'audit', 'veille', 'autre')),
  action           text NOT NULL CHECK (length(action) BETWEEN 1 AND 2000),
  owner            text CHECK (length(owner) BETWEEN 1 AND 200),
  due_on           date,
  status           text NOT NULL CHECK (status IN ('prevue', 'en_cours', 'realisee', 'abandonnee')),
  effect           text CHECK (length(effect) BETWEEN 1 AND 2000),
  created_by       uuid NOT NULL,
  created_at       timestamptz NOT NULL,
  updated_by       uuid NOT NULL,
  updated_at       timestamptz NOT NULL,
  revision         integer NOT NULL CHECK (revision >= 1),
  UNIQUE (id, organisation_id),
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX quality_improvement_actions_organisation ON quality_improvement_actions (organisation_id, created_at);

CREATE TABLE quality_complaints (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id        uuid NOT NULL REFERENCES organisations (id),
  received_on            date NOT NULL,
  channel                text NOT NULL CHECK (channel IN ('formulaire', 'email', 'telephone', 'courrier', 'entretien', 'autre')),
  complainant_role       text NOT NULL CHECK (complainant_role IN ('beneficiaire', 'employeur', 'financeur', 'autre')),
  -- Who complained and how to answer them (optional when registered by an admin).
  complainant_name       text CHECK (length(complainant_name) BETWEEN 1 AND 200),
  complainant_contact    text CHECK (length(complainant_contact) BETWEEN 1 AND 254),
  kind                   text NOT NULL CHECK (kind IN ('reclamation', 'difficulte', 'incident')),
  description            text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  acknowledged_on        date,
  answer                 text CHECK (length(answer) BETWEEN 1 AND 4000),
  resolved_on            date,
  status                 text NOT NULL CHECK (status IN ('recue', 'en_cours', 'resolue', 'sans_suite')),
  improvement_action_id  uuid,
  -- Null when it came through the public form.
  created_by             uuid,
  created_at             timestamptz NOT NULL,
  updated_by             uuid,
  updated_at             timestamptz NOT NULL,
  revision               integer NOT NULL CHECK (revision >= 1),
  CONSTRAINT quality_complaints_acknowledged CHECK (acknowledged_on IS NULL OR acknowledged_on >= received_on),
  CONSTRAINT quality_complaints_resolved CHECK (
    (resolved_on IS NULL OR resolved_on >= received_on) AND ((status = 'resolue') = (resolved_on IS NOT NULL))
  ),
  FOREIGN KEY (improvement_action_id, organisation_id)
    REFERENCES quality_improvement_actions (id, organisation_id) ON DELETE SET NULL (improvement_action_id),
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX quality_complaints_organisation ON quality_complaints (organisation_id, received_on);

-- The results an admin published (indicator 2): a snapshot of the computed figures with their
-- period and the day they were computed, shown on the public page until the next publication.
CREATE TABLE quality_published_results (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  period_from      date NOT NULL,
  period_to        date NOT NULL CHECK (period_to >= period_from),
  figures          jsonb NOT NULL,
  published_by     uuid NOT NULL,
  published_at     timestamptz NOT NULL,
  FOREIGN KEY (published_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX quality_published_results_organisation ON quality_published_results (organisation_id, published_at);
