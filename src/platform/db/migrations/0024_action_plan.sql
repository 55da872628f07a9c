-- The action plan (issue 14, decision 042): the steps in the short, medium and long term that put
-- the retained piste into practice — what, who, by when, resources, funding route — each with its
-- status. Content of the bilan, read and written by its beneficiary and its consultant only (the
-- use cases enforce it); the beneficiary keeps it after the bilan (its export) and updates the
-- status of its steps until the follow-up interview. Destroyed with the bilan (ON DELETE CASCADE).
--
-- A step may name the piste and the training need it serves. Both links stay inside the bilan and
-- the organisation (composite keys, decision 025); deleting the piste or the training need keeps
-- the step and forgets only the link (`SET NULL (column)`: the bilan and organisation columns of
-- the composite key stay).

-- The training needs become reachable through a composite key including their bilan.
ALTER TABLE exploration_training_needs
  ADD CONSTRAINT exploration_training_needs_id_bilan_organisation UNIQUE (id, bilan_id, organisation_id);

CREATE TABLE action_plan_steps (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  bilan_id          uuid NOT NULL,
  horizon           text NOT NULL CHECK (horizon IN ('court', 'moyen', 'long')),
  what              text NOT NULL CHECK (length(what) BETWEEN 1 AND 2000),
  who               text CHECK (length(who) BETWEEN 1 AND 200),
  by_when           date,
  resources         text CHECK (length(resources) BETWEEN 1 AND 2000),
  funding           text CHECK (funding IN ('cpf', 'ptp', 'vae', 'employer', 'other')),
  status            text NOT NULL CHECK (status IN ('a_faire', 'en_cours', 'faite', 'abandonnee')),
  piste_id          uuid,
  training_need_id  uuid,
  position          integer NOT NULL CHECK (position >= 0),
  created_by        uuid NOT NULL,
  created_at        timestamptz NOT NULL,
  updated_by        uuid NOT NULL,
  updated_at        timestamptz NOT NULL,
  revision          integer NOT NULL CHECK (revision >= 1),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (piste_id, bilan_id, organisation_id)
    REFERENCES exploration_pistes (id, bilan_id, organisation_id) ON DELETE SET NULL (piste_id),
  FOREIGN KEY (training_need_id, bilan_id, organisation_id)
    REFERENCES exploration_training_needs (id, bilan_id, organisation_id) ON DELETE SET NULL (training_need_id),
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX action_plan_steps_bilan ON action_plan_steps (bilan_id, position);
CREATE INDEX action_plan_steps_piste ON action_plan_steps (piste_id) WHERE piste_id IS NOT NULL;
CREATE INDEX action_plan_steps_training_need ON action_plan_steps (training_need_id) WHERE training_need_id IS NOT NULL;
