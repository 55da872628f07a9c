-- The exploration of pistes (issue 13, decision 041): the beneficiary's pistes weighed on desire
-- and feasibility, the training needs that close a skill gap, the enquêtes métier (interviews
-- with professionals, PMSMP immersions, information sources) and the job suggestions the
-- consultant set aside. Content of the bilan: read and written by its beneficiary and its
-- consultant only (the use cases enforce it); destroyed with the bilan (ON DELETE CASCADE), the
-- contacts of the enquêtes included.
--
-- ROME codes are plain text, without foreign keys (decision 013); the use cases check them when
-- saved. Every row carries organisation_id and points at its parents through composite keys that
-- include it (decision 025); training needs and enquêtes also carry bilan_id in their key to their
-- piste. `revision` counts the saves of an item (optimistic concurrency, as in the portfolio).

CREATE TABLE exploration_pistes (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id        uuid NOT NULL REFERENCES organisations (id),
  bilan_id               uuid NOT NULL,
  kind                   text NOT NULL CHECK (kind IN ('rome_fiche', 'appellation', 'free_project', 'business_creation')),
  -- The ROME fiche (also the fiche of an appellation); null for a project in free words.
  code_rome              text CHECK (code_rome ~ '^[A-Z][0-9]{4}$'),
  appellation_code_ogr   text CHECK (appellation_code_ogr ~ '^[0-9]{1,6}$'),
  title                  text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description            text CHECK (length(description) BETWEEN 1 AND 5000),
  desire                 smallint CHECK (desire BETWEEN 1 AND 5),
  desire_why             text CHECK (length(desire_why) BETWEEN 1 AND 5000),
  -- Feasibility criteria filled together: an assessment and a note each.
  training_assessment    text CHECK (training_assessment IN ('favourable', 'mixed', 'unfavourable')),
  training_note          text CHECK (length(training_note) BETWEEN 1 AND 5000),
  market_assessment      text CHECK (market_assessment IN ('favourable', 'mixed', 'unfavourable')),
  market_note            text CHECK (length(market_note) BETWEEN 1 AND 5000),
  pay_assessment         text CHECK (pay_assessment IN ('favourable', 'mixed', 'unfavourable')),
  pay_note               text CHECK (length(pay_note) BETWEEN 1 AND 5000),
  place_assessment       text CHECK (place_assessment IN ('favourable', 'mixed', 'unfavourable')),
  place_note             text CHECK (length(place_note) BETWEEN 1 AND 5000),
  constraints_assessment text CHECK (constraints_assessment IN ('favourable', 'mixed', 'unfavourable')),
  constraints_note       text CHECK (length(constraints_note) BETWEEN 1 AND 5000),
  favourable_factors     text CHECK (length(favourable_factors) BETWEEN 1 AND 5000),
  unfavourable_factors   text CHECK (length(unfavourable_factors) BETWEEN 1 AND 5000),
  status                 text NOT NULL CHECK (status IN ('a_explorer', 'en_enquete', 'retenue', 'plan_b', 'ecartee')),
  status_reason          text CHECK (length(status_reason) BETWEEN 1 AND 2000),
  -- Where it came from: by hand, a suggestion (its reasons kept), a job sheet of the catalogue.
  origin                 text NOT NULL CHECK (origin IN ('manual', 'suggestion', 'job_sheet')),
  origin_reasons         text[] NOT NULL DEFAULT '{}' CHECK (cardinality(origin_reasons) <= 20),
  position               integer NOT NULL CHECK (position >= 0),
  created_by             uuid NOT NULL,
  created_at             timestamptz NOT NULL,
  updated_by             uuid NOT NULL,
  updated_at             timestamptz NOT NULL,
  revision               integer NOT NULL CHECK (revision >= 1),
  CONSTRAINT exploration_pistes_set_aside_reason CHECK (status <> 'ecartee' OR status_reason IS NOT NULL),
  CONSTRAINT exploration_pistes_fiche CHECK (kind NOT IN ('rome_fiche', 'appellation') OR code_rome IS NOT NULL),
  CONSTRAINT exploration_pistes_appellation CHECK ((kind = 'appellation') = (appellation_code_ogr IS NOT NULL)),
  UNIQUE (id, bilan_id, organisation_id),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX exploration_pistes_bilan ON exploration_pistes (bilan_id, position);
-- The same fiche or appellation twice in a bilan.
CREATE UNIQUE INDEX exploration_pistes_same_fiche ON exploration_pistes (bilan_id, code_rome) WHERE kind = 'rome_fiche';
CREATE UNIQUE INDEX exploration_pistes_same_appellation ON exploration_pistes (bilan_id, appellation_code_ogr)
  WHERE kind = 'appellation';

-- A training need of a piste, often from a skill gap (the OGR code of the competence it closes).
CREATE TABLE exploration_training_needs (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  piste_id         uuid NOT NULL,
  code_ogr         text CHECK (code_ogr ~ '^[0-9]{1,6}$'),
  content          text NOT NULL CHECK (length(content) BETWEEN 1 AND 2000),
  duration         text CHECK (length(duration) BETWEEN 1 AND 200),
  certification    text CHECK (length(certification) BETWEEN 1 AND 200),
  funding          text CHECK (funding IN ('cpf', 'ptp', 'vae', 'employer', 'other')),
  position         integer NOT NULL CHECK (position >= 0),
  created_by       uuid NOT NULL,
  created_at       timestamptz NOT NULL,
  updated_by       uuid NOT NULL,
  updated_at       timestamptz NOT NULL,
  revision         integer NOT NULL CHECK (revision >= 1),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (piste_id, bilan_id, organisation_id)
    REFERENCES exploration_pistes (id, bilan_id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX exploration_training_needs_piste ON exploration_training_needs (piste_id, position);
CREATE INDEX exploration_training_needs_bilan ON exploration_training_needs (bilan_id);

-- An enquête métier of a piste: an interview with a professional (contact with the least data,
-- date, guide questions with notes), a PMSMP immersion (where, dates), or an information source;
-- what was learnt, then the debrief with the consultant (what it confirmed, what it contradicted,
-- and its effect on the piste's feasibility).
CREATE TABLE exploration_enquetes (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id        uuid NOT NULL REFERENCES organisations (id),
  bilan_id               uuid NOT NULL,
  piste_id               uuid NOT NULL,
  kind                   text NOT NULL CHECK (kind IN ('interview', 'immersion', 'source')),
  contact_name           text CHECK (length(contact_name) BETWEEN 1 AND 120),
  contact_role           text CHECK (length(contact_role) BETWEEN 1 AND 120),
  contact_organisation   text CHECK (length(contact_organisation) BETWEEN 1 AND 200),
  contact_email          text CHECK (length(contact_email) BETWEEN 3 AND 254),
  contact_phone          text CHECK (length(contact_phone) BETWEEN 1 AND 40),
  planned_on             date,
  place                  text CHECK (length(place) BETWEEN 1 AND 200),
  started_on             date,
  ended_on               date,
  source_title           text CHECK (length(source_title) BETWEEN 1 AND 200),
  source_url             text CHECK (length(source_url) BETWEEN 1 AND 2000),
  -- The interview guide: [{ id, topic, text, notes }], edited with the enquête.
  questions              jsonb NOT NULL DEFAULT '[]',
  learnt                 text CHECK (length(learnt) BETWEEN 1 AND 5000),
  debrief_confirmed      text CHECK (length(debrief_confirmed) BETWEEN 1 AND 5000),
  debrief_contradicted   text CHECK (length(debrief_contradicted) BETWEEN 1 AND 5000),
  debrief_effect         text CHECK (debrief_effect IN ('strengthens', 'neutral', 'weakens')),
  debriefed_by           uuid,
  debriefed_at           timestamptz,
  position               integer NOT NULL CHECK (position >= 0),
  created_by             uuid NOT NULL,
  created_at             timestamptz NOT NULL,
  updated_by             uuid NOT NULL,
  updated_at             timestamptz NOT NULL,
  revision               integer NOT NULL CHECK (revision >= 1),
  CONSTRAINT exploration_enquetes_interview CHECK (kind <> 'interview' OR contact_name IS NOT NULL),
  CONSTRAINT exploration_enquetes_immersion CHECK (kind <> 'immersion' OR place IS NOT NULL),
  CONSTRAINT exploration_enquetes_source CHECK (kind <> 'source' OR source_title IS NOT NULL),
  CONSTRAINT exploration_enquetes_period_order CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on),
  CONSTRAINT exploration_enquetes_debrief CHECK ((debrief_effect IS NULL) = (debriefed_at IS NULL)
                                                 AND (debriefed_at IS NULL) = (debriefed_by IS NULL)),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (piste_id, bilan_id, organisation_id)
    REFERENCES exploration_pistes (id, bilan_id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id),
  FOREIGN KEY (debriefed_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX exploration_enquetes_piste ON exploration_enquetes (piste_id, position);
CREATE INDEX exploration_enquetes_bilan ON exploration_enquetes (bilan_id);

-- A job suggestion the consultant set aside, with the reason: the dossier hides it.
CREATE TABLE exploration_set_aside_suggestions (
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  bilan_id         uuid NOT NULL,
  code_rome        text NOT NULL CHECK (code_rome ~ '^[A-Z][0-9]{4}$'),
  reason           text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  set_by           uuid NOT NULL,
  set_at           timestamptz NOT NULL,
  PRIMARY KEY (bilan_id, code_rome),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (set_by, organisation_id) REFERENCES users (id, organisation_id)
);
