/**
 * The CSV tables of the ROME 4.0 export that the catalogue reads, with the columns each must
 * have. Files are named `unix_<table>_v<suffix>_utf8.csv`; the suffix (e.g. `460`) changes with
 * every release, the table names and columns do not.
 *
 * Not read, because they only repeat the tables below: `cr_gd_dp_appellations` (flattened tree),
 * `item` (union of compétences, savoirs and contextes), `composition_bloc`,
 * `descriptif_rubrique`, `type_referentiel` (empty).
 */
export const ROME_TABLES = {
  referentiel_code_rome: [
    'code_rome',
    'code_fiche_metier',
    'code_ogr',
    'libelle_rome',
    'transition_eco',
    'transition_num',
    'transition_demo',
    'emploi_reglemente',
    'emploi_cadre',
    'code_rome_parent',
  ],
  referentiel_appellation: [
    'code_ogr',
    'libelle_appellation_long',
    'libelle_appellation_court',
    'code_rome',
    'transition_eco',
    'transition_num',
    'transition_demo',
    'emploi_reglemente',
    'emploi_cadre',
    'classification',
    'code_rome_parent',
    'peu_usite',
  ],
  referentiel_competence: [
    'code_ogr',
    'nature',
    'libelle_competence',
    'definition',
    'code_ogr_macro_comp',
    'code_macro_comp',
    'cat_comp',
    'sous_cat_comp',
    'transition_eco',
    'transition_num',
    'libelle_heterogeneite',
    'libelle_origine',
  ],
  referentiel_savoir: [
    'code_ogr_savoir',
    'libelle_savoir',
    'categorie_savoir',
    'sous_categorie_savoir',
    'transition_eco',
    'transition_num',
  ],
  referentiel_contexte_travail: ['code_ogr', 'libelle_cont_travail', 'code_type_cont_trav', 'libelle_type_cont_trav'],
  referentiel_code_rome_riasec: ['code_rome', 'riasec_majeur', 'riasec_mineur'],
  referentiel_macro_competence_riasec: ['code_ogr', 'riasec_majeur', 'riasec_mineur'],
  liens_rome_referentiels: ['code_rome', 'code_compo_bloc', 'code_rubrique', 'code_ogr'],
  coherence_item: ['code_rome', 'code_ogr', 'coeur_metier'],
  texte: ['code_rome', 'code_compo_bloc', 'libelle_type_texte', 'position_phrase', 'libelle_texte'],
  rubrique_mobilite: ['code_rome', 'code_rome_cible', 'numero_ordre'],
  grand_domaine: ['code_grand_domaine', 'libelle_grand_domaine'],
  domaine_professionnel: ['code_domaine_professionnel', 'libelle_domaine_professionnel'],
  // The export spells these two headers with a single "n" ("professionel"); see COLUMN_ALIASES.
  cr_gd_dp: ['code_rome', 'code_grand_domaine', 'code_domaine_professionnel'],
  centre_interet: ['code_centre_interet', 'libelle_centre_interet', 'definition_centre_interet'],
  arborescence_centre_interet: ['code_centre_interet', 'code_rome', 'principal'],
  secteur_activite: ['code_sect_activite', 'libelle_sect_activite', 'definition_sect_activite'],
  sous_secteur_activite: [
    'code_ss_sect_activite',
    'libelle_ss_sect_activite',
    'definition_ss_sect_activite',
    'code_sect_activite',
  ],
  arborescence_secteur_activite: ['code_sect_activite', 'code_ss_sect_activite', 'code_rome', 'principal'],
  themes: ['code_theme', 'libelle_theme', 'definition_theme'],
  arborescence_thematique: ['code_theme', 'code_rome'],
  secteur_naf: ['code_tech_secteur_naf', 'code_secteur_naf', 'libelle_secteur_naf'],
  arborescence_secteur_naf: ['code_secteur_naf', 'code_rome'],
} as const satisfies Record<string, readonly string[]>;

export type RomeTableName = keyof typeof ROME_TABLES;
export type RomeColumn<T extends RomeTableName> = (typeof ROME_TABLES)[T][number];

export const ROME_TABLE_NAMES = Object.keys(ROME_TABLES) as RomeTableName[];

/** Other spellings accepted for a column, whatever the table. */
export const COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  code_domaine_professionnel: ['code_domaine_professionel'],
};

/** `unix_<table>_v<suffix>_utf8.csv` for a table and a release suffix such as `460`. */
export function romeFileName(table: RomeTableName, suffix: string): string {
  return `unix_${table}_v${suffix}_utf8.csv`;
}

/** Splits an export file name into table name and release suffix, or null if it is not one. */
export function parseRomeFileName(fileName: string): { table: string; suffix: string } | null {
  const match = /^unix_([a-z_]+)_v(\d+)_utf8\.csv$/.exec(fileName);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { table: match[1], suffix: match[2] };
}
