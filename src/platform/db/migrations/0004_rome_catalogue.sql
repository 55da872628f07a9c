-- The ROME 4.0 catalogue (France Travail's open data, Licence Ouverte), imported from the
-- official CSV export by `npm run catalog:import` (docs/decisions/013-rome-catalogue-storage.md).
-- Shared by every organisation: reference data, not provider data, hence no organisation_id.
-- An import replaces every row below in one transaction; other tables must keep ROME codes as
-- plain text (no foreign key here), since a newer release may drop or rename fiches.
-- No foreign keys between these tables either: the importer resolves every reference before it
-- writes (src/domain/catalog), and row-by-row key checks made a replacement take over 30 s.

-- At most one row: the release in the tables and when it was imported.
CREATE TABLE rome_catalogue (
  singleton       boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version_number  integer NOT NULL CHECK (version_number > 0),
  file_suffix     text NOT NULL,
  title           text NOT NULL,
  published_on    date NOT NULL,
  validated_on    date,
  imported_at     timestamptz NOT NULL,
  source          text NOT NULL,
  counts          jsonb NOT NULL
);

CREATE TABLE rome_grand_domains (
  code   text PRIMARY KEY,
  label  text NOT NULL
);

CREATE TABLE rome_domains (
  code              text PRIMARY KEY,
  label             text NOT NULL,
  grand_domain_code text NOT NULL
);

CREATE TABLE rome_fiches (
  code_rome               text PRIMARY KEY,
  code_ogr                text NOT NULL UNIQUE,
  code_fiche_metier       text NOT NULL,
  label                   text NOT NULL,
  parent_code_rome        text NOT NULL,
  domain_code             text NOT NULL,
  grand_domain_code       text NOT NULL,
  -- Sentences in order, apostrophes undone.
  definition              text[] NOT NULL,
  access                  text[] NOT NULL,
  riasec_major            text NOT NULL CHECK (riasec_major IN ('R', 'I', 'A', 'S', 'E', 'C')),
  riasec_minor            text CHECK (riasec_minor IN ('R', 'I', 'A', 'S', 'E', 'C')),
  -- Tags: null means "not set" in the export, distinct from false ("N").
  ecological_transition   text CHECK (ecological_transition IN ('blanc', 'vert', 'brun', 'strategique')),
  digital_transition      boolean,
  demographic_transition  boolean,
  regulated               boolean,
  cadre                   boolean
);

CREATE TABLE rome_appellations (
  code_ogr                text PRIMARY KEY,
  code_rome               text NOT NULL,
  label                   text NOT NULL,
  short_label             text NOT NULL,
  masculine               text NOT NULL,
  feminine                text NOT NULL,
  principal               boolean NOT NULL,
  rare                    boolean,
  parent_code_rome        text NOT NULL,
  ecological_transition   text CHECK (ecological_transition IN ('blanc', 'vert', 'brun', 'strategique')),
  digital_transition      boolean,
  demographic_transition  boolean,
  regulated               boolean,
  cadre                   boolean
);
CREATE INDEX rome_appellations_fiche ON rome_appellations (code_rome);

-- Compétences and macro-compétences (savoir-faire and savoir-être professionnels).
CREATE TABLE rome_competences (
  code_ogr               text PRIMARY KEY,
  kind                   text NOT NULL CHECK (kind IN ('competence', 'macro_competence')),
  label                  text NOT NULL,
  definition             text,
  macro_code_ogr         text,
  macro_code             text,
  category               text NOT NULL CHECK (category IN ('savoir_faire', 'savoir_etre')),
  sub_category           text CHECK (sub_category IN ('technique', 'technique_expert', 'transverse')),
  ecological_transition  boolean,
  digital_transition     boolean,
  heterogeneity          text,
  origin                 text,
  riasec_major           text CHECK (riasec_major IN ('R', 'I', 'A', 'S', 'E', 'C')),
  riasec_minor           text CHECK (riasec_minor IN ('R', 'I', 'A', 'S', 'E', 'C'))
);

CREATE TABLE rome_savoirs (
  code_ogr               text PRIMARY KEY,
  label                  text NOT NULL,
  category               text NOT NULL,
  sub_category           text NOT NULL,
  ecological_transition  boolean,
  digital_transition     boolean
);

CREATE TABLE rome_work_contexts (
  code_ogr    text PRIMARY KEY,
  label       text NOT NULL,
  type_code   text NOT NULL,
  type_label  text NOT NULL
);

-- Fiche contents; `core` is `coeur_metier` (null: not core to the job).
CREATE TABLE rome_fiche_competences (
  code_rome  text NOT NULL,
  code_ogr   text NOT NULL,
  rubric     text NOT NULL CHECK (rubric IN ('savoir_faire', 'savoir_etre')),
  core       text CHECK (core IN ('principale', 'emergente')),
  PRIMARY KEY (code_rome, code_ogr)
);

CREATE TABLE rome_fiche_savoirs (
  code_rome  text NOT NULL,
  code_ogr   text NOT NULL,
  core       text CHECK (core IN ('principale', 'emergente')),
  PRIMARY KEY (code_rome, code_ogr)
);

CREATE TABLE rome_fiche_work_contexts (
  code_rome  text NOT NULL,
  code_ogr   text NOT NULL,
  core       text CHECK (core IN ('principale', 'emergente')),
  PRIMARY KEY (code_rome, code_ogr)
);

-- Mobilities, ordered per source fiche. `kind` (close / evolution) is null when the export does
-- not give it, as in v460.
CREATE TABLE rome_mobilities (
  code_rome         text NOT NULL,
  target_code_rome  text NOT NULL,
  position          integer NOT NULL CHECK (position > 0),
  kind              text CHECK (kind IN ('proche', 'evolution')),
  PRIMARY KEY (code_rome, target_code_rome)
);

CREATE TABLE rome_centres_of_interest (
  code        text PRIMARY KEY,
  label       text NOT NULL,
  definition  text NOT NULL
);

CREATE TABLE rome_fiche_centres_of_interest (
  code_rome  text NOT NULL,
  code       text NOT NULL,
  principal  boolean NOT NULL,
  PRIMARY KEY (code_rome, code)
);

CREATE TABLE rome_sectors (
  code        text PRIMARY KEY,
  label       text NOT NULL,
  definition  text NOT NULL
);

CREATE TABLE rome_sub_sectors (
  code         text PRIMARY KEY,
  label        text NOT NULL,
  definition   text NOT NULL,
  sector_code  text NOT NULL
);

CREATE TABLE rome_fiche_sectors (
  code_rome        text NOT NULL,
  sector_code      text NOT NULL,
  sub_sector_code  text,
  principal        boolean NOT NULL
);
CREATE INDEX rome_fiche_sectors_fiche ON rome_fiche_sectors (code_rome);

CREATE TABLE rome_themes (
  code        text PRIMARY KEY,
  label       text NOT NULL,
  definition  text NOT NULL
);

CREATE TABLE rome_fiche_themes (
  code_rome  text NOT NULL,
  code       text NOT NULL,
  PRIMARY KEY (code_rome, code)
);

CREATE TABLE rome_naf_sectors (
  code      text PRIMARY KEY,
  tech_code text NOT NULL,
  division  text,
  label     text NOT NULL
);

CREATE TABLE rome_fiche_naf_sectors (
  code_rome  text NOT NULL,
  code       text NOT NULL,
  PRIMARY KEY (code_rome, code)
);
