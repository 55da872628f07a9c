-- The bilan pédagogique et financier (BPF, Cerfa 10443, legal.md BPF-01 and BPF-02; decision 051).
--
-- The beneficiary's category (frame F-1: a. salarié du secteur privé, b. apprenti, c. demandeur
-- d'emploi, d. particulier à ses propres frais, e. autre) is a fact of the bilan, recorded when it
-- is opened and editable afterwards. Nullable: bilans opened before this migration have none; the
-- BPF page lists them as gaps to fill.
ALTER TABLE bilans
  ADD COLUMN beneficiary_category text
    CHECK (beneficiary_category IN ('salarie_prive', 'apprenti', 'demandeur_emploi', 'particulier', 'autre'));

-- The filing of an organisation's BPF for a financial year, as the admin records it (« Déclaré
-- le »). Administrative, kept: a filed BPF is control evidence (legal.md §4). One row per year;
-- recording again corrects the date.
CREATE TABLE bpf_filings (
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2099),
  filed_on         date NOT NULL,
  recorded_by      uuid,
  recorded_at      timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, year),
  FOREIGN KEY (recorded_by, organisation_id) REFERENCES users (id, organisation_id) ON DELETE SET NULL (recorded_by)
);

-- Frame E: which consultants delivered hours as external people (subcontractors, freelances)
-- in a year. Sillage has no employment status on accounts; the status can change from one year to
-- the next and only the BPF needs it, so it is recorded per year; absent means internal.
CREATE TABLE bpf_external_consultants (
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2099),
  consultant_id    uuid NOT NULL,
  recorded_by      uuid,
  recorded_at      timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, year, consultant_id),
  FOREIGN KEY (consultant_id, organisation_id) REFERENCES users (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (recorded_by, organisation_id) REFERENCES users (id, organisation_id) ON DELETE SET NULL (recorded_by)
);

-- The reminders sent to the admins (from 1 April, after 15 May) for a year's BPF not yet marked
-- filed: one row per organisation, year and stage, claimed by a conditional insert in the
-- transaction of the e-mails, so the sweep sends each once.
CREATE TABLE bpf_reminders (
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2099),
  stage            text NOT NULL CHECK (stage IN ('april', 'may')),
  sent_at          timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, year, stage)
);
