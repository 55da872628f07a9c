import type { RomeFile } from './table.ts';

/**
 * A tiny invented export (not ROME data) with every quirk of the real one: multi-line
 * definitions followed by blank lines, doubled apostrophes and TAB bullets in `texte`, ’ in
 * labels, the single-"n" header of `cr_gd_dp`, NAF codes without leading zero, empty versus "N"
 * flags, a rare appellation. Tests mutate it to produce malformed exports.
 */
export const SYNTHETIC_SUFFIX = '499';

type Rows = string[][];

export const SYNTHETIC_TABLES: Record<string, Rows> = {
  grand_domaine: [
    ['code_grand_domaine', 'libelle_grand_domaine'],
    ['X', 'Métiers d’exemple'],
    ['Y', 'Autres métiers'],
  ],
  domaine_professionnel: [
    ['code_domaine_professionnel', 'libelle_domaine_professionnel'],
    ['X11', 'Fabrication de maquettes'],
    ['Y21', 'Animation d’essai'],
  ],
  referentiel_code_rome: [
    [
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
    [
      'X1101',
      '901',
      '9001',
      'Maquettiste / Maquettiste en modèles réduits',
      'Emploi Blanc',
      'N',
      '',
      'O',
      'N',
      'X1101',
    ],
    ['X1102', '902', '9002', 'Testeur / Testeuse de jouets', 'Emploi Vert', 'O', 'N', '', '', 'X1101'],
    [
      'Y2101',
      '903',
      '9003',
      'Animateur / Animatrice d’ateliers créatifs',
      'Emploi stratégique pour la Transition écologique',
      '',
      '',
      'N',
      'O',
      'Y2101',
    ],
  ],
  cr_gd_dp: [
    [
      'code_rome',
      'libelle_rome',
      'code_grand_domaine',
      'libelle_grand_domaine',
      'code_domaine_professionel',
      'libelle_domaine_professionel',
    ],
    [
      'X1101',
      'Maquettiste / Maquettiste en modèles réduits',
      'X',
      'Métiers d’exemple',
      'X11',
      'Fabrication de maquettes',
    ],
    ['X1102', 'Testeur / Testeuse de jouets', 'X', 'Métiers d’exemple', 'X11', 'Fabrication de maquettes'],
    ['Y2101', "Animateur / Animatrice d'ateliers créatifs", 'Y', 'Autres métiers', 'Y21', 'Animation d’essai'],
  ],
  referentiel_appellation: [
    [
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
      'origine',
      'code_rome_parent',
      'peu_usite',
    ],
    [
      '7001',
      'Maquettiste / Maquettiste en modèles réduits',
      'Maquettiste modèles réduits',
      'X1101',
      'Emploi Blanc',
      '',
      '',
      '',
      '',
      'PRINCIPALE',
      '',
      'X1101',
      'N',
    ],
    [
      '7002',
      'Modéliste ferroviaire',
      'Modéliste ferroviaire',
      'X1101',
      '',
      '',
      '',
      '',
      '',
      'SYNONYME',
      '',
      'X1101',
      'O',
    ],
    [
      '7003',
      'Testeur / Testeuse de jouets',
      'Testeur(se) jouets',
      'X1102',
      'Emploi Vert',
      'O',
      '',
      '',
      '',
      'PRINCIPALE',
      '',
      'X1101',
      'N',
    ],
    [
      '7004',
      'Chef / Cheffe d’équipe de test ludique',
      'Chef(fe) équipe test',
      'X1102',
      'Emploi Vert',
      '',
      '',
      '',
      'O',
      'SYNONYME',
      '',
      'X1101',
      'N',
    ],
    [
      '7005',
      'Animateur / Animatrice d’ateliers créatifs',
      'Animateur(trice) ateliers',
      'Y2101',
      'Emploi Blanc',
      '',
      '',
      '',
      '',
      'PRINCIPALE',
      '',
      'Y2101',
      'N',
    ],
  ],
  referentiel_competence: [
    [
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
    [
      '5001',
      'Macro-compétence',
      'Assembler des maquettes',
      '',
      '',
      '1A101',
      'Savoir-faire',
      'Technique',
      '',
      'N',
      'Homogène',
      '',
    ],
    [
      '5002',
      'Compétence',
      'Coller des pièces miniatures',
      'Fixer des éléments de petite taille.',
      '5001',
      '',
      'Savoir-faire',
      'Technique expert',
      'O',
      'N',
      '',
      '',
    ],
    ['5003', 'Compétence', 'Peindre des décors', '', '5001', '', 'Savoir-faire', 'Transverse', 'N', '', '', 'PIX'],
    [
      '5004',
      'Macro-compétence',
      'Faire preuve de patience',
      '',
      '',
      '2B202',
      'Savoir-être professionnel',
      '',
      '',
      '',
      'Très homogène',
      '',
    ],
  ],
  referentiel_macro_competence_riasec: [
    ['code_ogr', 'riasec_majeur', 'riasec_mineur'],
    ['5001', 'R', 'A'],
    ['5004', '', ''],
  ],
  referentiel_savoir: [
    [
      'code_ogr_savoir',
      'libelle_savoir',
      'categorie_savoir',
      'sous_categorie_savoir',
      'transition_eco',
      'transition_num',
    ],
    ['6001', 'Techniques de collage', 'Techniques professionnelles', 'Techniques manuelles', '', 'N'],
    ['6002', 'Normes de sécurité des jouets', 'Normes et procédés', 'Normes', 'O', 'O'],
  ],
  referentiel_contexte_travail: [
    ['code_ogr', 'libelle_cont_travail', 'code_type_cont_trav', 'libelle_type_cont_trav'],
    ['8001', 'Travail en atelier', '3', 'Lieux et déplacements'],
    ['8002', 'Travail le samedi', '2', 'Horaires et durée du travail'],
  ],
  referentiel_code_rome_riasec: [
    ['code_rome', 'riasec_majeur', 'riasec_mineur'],
    ['X1101', 'R', 'A'],
    ['X1102', 'C', ''],
    ['Y2101', 'S', 'A'],
  ],
  liens_rome_referentiels: [
    ['code_rome', 'code_compo_bloc', 'code_rubrique', 'code_ogr'],
    ['X1101', '1', '', '9001'],
    ['X1101', '2', '', '7001'],
    ['X1101', '2', '', '7002'],
    ['X1101', '5', '1', '5001'],
    ['X1101', '5', '1', '5002'],
    ['X1101', '5', '2', '5004'],
    ['X1101', '5', '3', '6001'],
    ['X1101', '6', '', '8001'],
    ['X1102', '1', '', '9002'],
    ['X1102', '2', '', '7003'],
    ['X1102', '2', '', '7004'],
    ['X1102', '5', '1', '5003'],
    ['X1102', '5', '3', '6002'],
    ['Y2101', '1', '', '9003'],
    ['Y2101', '2', '', '7005'],
    ['Y2101', '6', '', '8002'],
  ],
  coherence_item: [
    ['code_rome', 'code_ogr', 'coeur_metier'],
    ['X1101', '5001', 'Principale'],
    ['X1101', '5002', ''],
    ['X1101', '5004', ''],
    ['X1101', '6001', 'Émergente'],
    ['X1101', '8001', ''],
    ['X1102', '5003', 'Principale'],
    ['X1102', '6002', ''],
    ['Y2101', '8002', ''],
  ],
  texte: [
    ['code_rome', 'code_compo_bloc', 'libelle_type_texte', 'position_phrase', 'libelle_texte'],
    ['X1101', '3', 'definition', '2', "Peint et assemble les pièces d''un modèle."],
    ['X1101', '3', 'definition', '1', "Le maquettiste réalise des modèles réduits à l''échelle."],
    ['X1101', '4', 'acces_metier', '1', '•\tUn CAP d’arts appliqués\u200b est apprécié.'],
    ['X1102', '3', 'definition', '1', "Vérifie la solidité d''un jouet."],
    ['X1102', '4', 'acces_metier', '1', 'Accessible sans diplôme.'],
    ['Y2101', '3', 'definition', '1', 'Anime des ateliers.'],
    ['Y2101', '4', 'acces_metier', '1', 'Un BPJEPS est demandé.'],
  ],
  rubrique_mobilite: [
    ['code_rome', 'code_rome_cible', 'numero_ordre'],
    ['X1101', 'Y2101', '2'],
    ['X1101', 'X1102', '1'],
    ['X1102', 'X1101', '1'],
    ['Y2101', 'X1101', '1'],
  ],
  centre_interet: [
    ['code_centre_interet', 'libelle_centre_interet', 'definition_centre_interet'],
    ['1', 'J’ai envie de fabriquer', 'Fabriquer de ses mains.\n\nDonner forme à des idées.'],
    ['2', 'J’ai envie de transmettre', 'Partager un savoir-faire.'],
  ],
  arborescence_centre_interet: [
    ['code_centre_interet', 'libelle_centre_interet', 'code_ogr_rome', 'code_rome', 'libelle_rome', 'principal'],
    ['1', 'J’ai envie de fabriquer', '9001', 'X1101', 'Maquettiste', 'oui'],
    ['1', 'J’ai envie de fabriquer', '9002', 'X1102', 'Testeur', 'oui'],
    ['2', 'J’ai envie de transmettre', '9003', 'Y2101', 'Animateur', 'oui'],
    ['2', 'J’ai envie de transmettre', '9001', 'X1101', 'Maquettiste', 'non'],
  ],
  secteur_activite: [
    ['code_sect_activite', 'libelle_sect_activite', 'definition_sect_activite'],
    ['10', 'Jeux et jouets', 'Le monde du jeu.\nDu jouet en bois au jeu vidéo.'],
    ['20', 'Loisirs', ''],
  ],
  sous_secteur_activite: [
    ['code_ss_sect_activite', 'libelle_ss_sect_activite', 'definition_ss_sect_activite', 'code_sect_activite'],
    ['101', 'Jouets traditionnels', '', '10'],
  ],
  arborescence_secteur_activite: [
    [
      'code_sect_activite',
      'libelle_sect_activite',
      'code_ss_sect_activite',
      'libelle_ss_sect_activite',
      'code_ogr_rome',
      'code_rome',
      'libelle_rome',
      'principal',
    ],
    ['10', 'Jeux et jouets', '101', 'Jouets traditionnels', '9001', 'X1101', 'Maquettiste', 'oui'],
    ['10', 'Jeux et jouets', '', '', '9002', 'X1102', 'Testeur', 'oui'],
    ['20', 'Loisirs', '', '', '9003', 'Y2101', 'Animateur', 'oui'],
  ],
  themes: [
    ['code_theme', 'libelle_theme', 'definition_theme'],
    ['001', 'Métiers de la création', 'Créer et fabriquer.'],
  ],
  arborescence_thematique: [
    ['code_theme', 'libelle_theme', 'code_ogr_rome', 'code_rome', 'libelle_rome'],
    ['001', 'Métiers de la création', '9001', 'X1101', 'Maquettiste'],
  ],
  secteur_naf: [
    ['code_tech_secteur_naf', 'code_secteur_naf', 'libelle_secteur_naf'],
    ['1', '0', 'Transverse aux secteurs'],
    ['2', '3', 'Peche et aquaculture'],
    ['3', '32', 'Autres industries manufacturieres'],
  ],
  arborescence_secteur_naf: [
    ['code_secteur_naf', 'libelle_secteur_naf', 'code_ogr_rome', 'code_rome', 'libelle_rome'],
    ['32', 'Autres industries manufacturieres', '9001', 'X1101', 'Maquettiste (œuvres réduites)'],
    ['0', 'Transverse aux secteurs', '9003', 'Y2101', 'Animateur'],
  ],
};

export const SYNTHETIC_VERSION_TEXT =
  'Numero de version : 99\n\nDate de publication : 01/03/2026\n\nTitre/commentaire : Export synthétique de test\n';

/** Writes rows as the export does: every field quoted, LF endings, a final newline, a blank line after multi-line records. */
export function toCsv(rows: Rows): string {
  return (
    rows
      .map((row) => {
        const line = row.map((value) => `"${value.replaceAll('"', '""')}"`).join(',');
        return row.some((value) => value.includes('\n')) ? `${line}\n` : line;
      })
      .join('\n') + '\n'
  );
}

export function syntheticFileName(table: string): string {
  return `unix_${table}_v${SYNTHETIC_SUFFIX}_utf8.csv`;
}

/** The synthetic export as decoded files; `edit` may change the text of any file (by table name). */
export function syntheticExportFiles(edit: Partial<Record<string, (text: string) => string | null>> = {}): RomeFile[] {
  const files: RomeFile[] = [];
  for (const [table, rows] of Object.entries(SYNTHETIC_TABLES)) {
    const text = edit[table] ? edit[table](toCsv(rows)) : toCsv(rows);
    if (text !== null) files.push({ fileName: syntheticFileName(table), text });
  }
  const version = edit['version'] ? edit['version'](SYNTHETIC_VERSION_TEXT) : SYNTHETIC_VERSION_TEXT;
  if (version !== null) files.push({ fileName: 'version.txt', text: version });
  return files;
}
