-- Séances of a bilan (src/domain/rules/sessions/seance.ts): synchronous accompaniment, in person
-- or remote, and the beneficiary's personal work. Accompaniment counts as done once the séance is
-- held and signed by both the beneficiary and the consultant (émargement).
CREATE TABLE seances (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id           uuid NOT NULL REFERENCES organisations (id),
  bilan_id                  uuid NOT NULL,
  consultant_id             uuid NOT NULL,
  phase                     text NOT NULL CHECK (phase IN ('preliminaire', 'investigation', 'conclusion')),
  mode                      text NOT NULL CHECK (mode IN ('in_person', 'remote', 'personal_work')),
  place                     text CHECK (length(place) <= 300),
  link                      text CHECK (length(link) <= 500),
  starts_at                 timestamptz NOT NULL,
  ends_at                   timestamptz NOT NULL,
  status                    text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled', 'no_show')),
  status_reason             text CHECK (length(status_reason) <= 2000),
  attended_minutes          integer CHECK (attended_minutes >= 0),
  signed_by_beneficiary_at  timestamptz,
  signed_by_consultant_at   timestamptz,
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id),
  FOREIGN KEY (consultant_id, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX seances_bilan_time ON seances (bilan_id, starts_at);
CREATE INDEX seances_consultant_time ON seances (consultant_id, starts_at) WHERE status IN ('planned', 'held');
-- The next planned séance of a bilan, found by one index probe.
CREATE INDEX seances_planned_bilan ON seances (bilan_id, starts_at) WHERE status = 'planned';

-- Accompaniment done (minutes), stored on the bilan so homes and lists read it without
-- aggregating séances. Services recompute it with the domain rule (rules/sessions/counters.ts)
-- in the transaction of every change to a séance's status, times or signatures.
ALTER TABLE bilans ADD COLUMN accompaniment_done_minutes integer NOT NULL DEFAULT 0
  CHECK (accompaniment_done_minutes >= 0);
