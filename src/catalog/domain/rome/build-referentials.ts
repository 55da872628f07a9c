import { Registry } from './lookup.ts';
import type {
  Classification,
  Competence,
  CompetenceCategory,
  CompetenceKind,
  CompetenceSubCategory,
  GrandDomain,
  NafSector,
  ProfessionalDomain,
  Savoir,
  SubSector,
  WorkContext,
} from '../model.ts';
import type { RomeFile, TableRow } from './table.ts';
import { readTable } from './table.ts';
import { cleanDefinition, cleanLabel } from './text.ts';
import { codeOgr, fail, flag, matching, oneOf, optional, required, riasec } from './values.ts';

/** Référentiels that do not depend on fiches: domains, compétences, savoirs, contextes, classifications. */

export function readGrandDomains(file: RomeFile): Registry<GrandDomain> {
  const table = readTable('grand_domaine', file);
  const registry = new Registry<GrandDomain>('grand domaine', file.fileName);
  for (const row of table.rows) {
    const code = matching(table, row, 'code_grand_domaine', /^[A-Z]$/, 'une lettre majuscule');
    registry.add(code, { code, label: cleanLabel(required(table, row, 'libelle_grand_domaine')) }, table, row);
  }
  return registry;
}

/**
 * Domain codes come in two formats in the export: "A11" (most tables) and "11" next to a
 * separate grand-domaine letter (`cr_gd_dp_appellations`). Both give "A11"; null if neither.
 */
export function normalizeDomainCode(code: string, grandDomainCode: string | null): string | null {
  const trimmed = code.trim();
  if (/^[A-Z]\d{2}$/.test(trimmed)) return trimmed;
  if (/^\d{2}$/.test(trimmed) && grandDomainCode !== null && /^[A-Z]$/.test(grandDomainCode))
    return grandDomainCode + trimmed;
  return null;
}

export function readDomains(file: RomeFile, grandDomains: Registry<GrandDomain>): Registry<ProfessionalDomain> {
  const table = readTable('domaine_professionnel', file);
  const registry = new Registry<ProfessionalDomain>('domaine professionnel', file.fileName);
  for (const row of table.rows) {
    const code = normalizeDomainCode(row.data.code_domaine_professionnel, null);
    if (code === null) {
      fail(
        table,
        row,
        'invalid_value',
        `code de domaine « ${row.data.code_domaine_professionnel} » inattendu (attendu : une lettre et 2 chiffres, par exemple A11).`,
      );
    }
    const grandDomainCode = grandDomains.resolve(code.charAt(0), table, row).code;
    registry.add(
      code,
      { code, label: cleanLabel(required(table, row, 'libelle_domaine_professionnel')), grandDomainCode },
      table,
      row,
    );
  }
  return registry;
}

const NATURES: Record<string, CompetenceKind> = { Compétence: 'competence', 'Macro-compétence': 'macro_competence' };
const CATEGORIES: Record<string, CompetenceCategory> = {
  'Savoir-faire': 'savoir_faire',
  'Savoir-être professionnel': 'savoir_etre',
};
const SUB_CATEGORIES: Record<string, CompetenceSubCategory> = {
  Technique: 'technique',
  'Technique expert': 'technique_expert',
  Transverse: 'transverse',
};

/** Compétences and macro-compétences, with the RIASEC pair of each macro-compétence. */
export function readCompetences(file: RomeFile, riasecFile: RomeFile): Registry<Competence> {
  const table = readTable('referentiel_competence', file);
  const registry = new Registry<Competence>('compétence', file.fileName);
  const macroLinks: { competence: Competence; line: number }[] = [];
  for (const row of table.rows) {
    const code = codeOgr(table, row, 'code_ogr');
    const kind = oneOf(table, row, 'nature', NATURES, false) as CompetenceKind;
    const isMacro = kind === 'macro_competence';
    const macroCodeOgr = isMacro ? null : codeOgr(table, row, 'code_ogr_macro_comp');
    const macroCode = isMacro
      ? matching(table, row, 'code_macro_comp', /^\d[A-Z]\d{3}$/, 'un code de la forme 4A101')
      : null;
    const competence: Competence = {
      codeOgr: code,
      kind,
      label: cleanLabel(required(table, row, 'libelle_competence')),
      definition: optional(row, 'definition') === null ? null : cleanDefinition(row.data.definition),
      macroCodeOgr,
      macroCode,
      category: oneOf(table, row, 'cat_comp', CATEGORIES, false) as CompetenceCategory,
      subCategory: oneOf(table, row, 'sous_cat_comp', SUB_CATEGORIES, true),
      ecologicalTransition: flag(table, row, 'transition_eco'),
      digitalTransition: flag(table, row, 'transition_num'),
      heterogeneity: optional(row, 'libelle_heterogeneite'),
      origin: optional(row, 'libelle_origine'),
      riasec: null,
    };
    registry.add(code, competence, table, row);
    if (macroCodeOgr !== null) macroLinks.push({ competence, line: row.line });
  }
  for (const { competence, line } of macroLinks) {
    const macro = registry.resolve(competence.macroCodeOgr as string, table, { line });
    if (macro.kind !== 'macro_competence') {
      fail(table, { line }, 'broken_reference', `« ${macro.codeOgr} » n’est pas une macro-compétence.`);
    }
  }

  const riasecTable = readTable('referentiel_macro_competence_riasec', riasecFile);
  const seen = new Registry<true>('macro-compétence', riasecFile.fileName);
  for (const row of riasecTable.rows) {
    const code = codeOgr(riasecTable, row, 'code_ogr');
    seen.add(code, true, riasecTable, row);
    const macro = registry.resolve(code, riasecTable, row);
    if (macro.kind !== 'macro_competence') {
      fail(riasecTable, row, 'broken_reference', `« ${code} » n’est pas une macro-compétence.`);
    }
    macro.riasec = riasec(riasecTable, row, 'riasec_majeur', 'riasec_mineur');
  }
  return registry;
}

export function readSavoirs(file: RomeFile): Registry<Savoir> {
  const table = readTable('referentiel_savoir', file);
  const registry = new Registry<Savoir>('savoir', file.fileName);
  for (const row of table.rows) {
    const code = codeOgr(table, row, 'code_ogr_savoir');
    registry.add(
      code,
      {
        codeOgr: code,
        label: cleanLabel(required(table, row, 'libelle_savoir')),
        category: cleanLabel(required(table, row, 'categorie_savoir')),
        subCategory: cleanLabel(required(table, row, 'sous_categorie_savoir')),
        ecologicalTransition: flag(table, row, 'transition_eco'),
        digitalTransition: flag(table, row, 'transition_num'),
      },
      table,
      row,
    );
  }
  return registry;
}

export function readWorkContexts(file: RomeFile): Registry<WorkContext> {
  const table = readTable('referentiel_contexte_travail', file);
  const registry = new Registry<WorkContext>('contexte de travail', file.fileName);
  for (const row of table.rows) {
    const code = codeOgr(table, row, 'code_ogr');
    registry.add(
      code,
      {
        codeOgr: code,
        label: cleanLabel(required(table, row, 'libelle_cont_travail')),
        typeCode: matching(table, row, 'code_type_cont_trav', /^\d{1,3}$/, 'un numéro de type'),
        typeLabel: cleanLabel(required(table, row, 'libelle_type_cont_trav')),
      },
      table,
      row,
    );
  }
  return registry;
}

type ClassificationTable = 'centre_interet' | 'secteur_activite' | 'themes';
const CLASSIFICATION_COLUMNS = {
  centre_interet: ['code_centre_interet', 'libelle_centre_interet', 'definition_centre_interet', 'centre d’intérêt'],
  secteur_activite: ['code_sect_activite', 'libelle_sect_activite', 'definition_sect_activite', 'secteur d’activité'],
  themes: ['code_theme', 'libelle_theme', 'definition_theme', 'thème'],
} as const;

/** Centres d'intérêt, secteurs d'activité and thèmes: code, label, (multi-line) definition. */
export function readClassification(name: ClassificationTable, file: RomeFile): Registry<Classification> {
  const [codeColumn, labelColumn, definitionColumn, what] = CLASSIFICATION_COLUMNS[name];
  const table = readTable(name, file);
  const registry = new Registry<Classification>(what, file.fileName);
  for (const row of table.rows) {
    const generic = row as TableRow<string>;
    const code = matching(table, generic, codeColumn, /^\d{1,4}$/, 'un code numérique');
    registry.add(
      code,
      {
        code,
        label: cleanLabel(required(table, generic, labelColumn)),
        definition: cleanDefinition(generic.data[definitionColumn] ?? ''),
      },
      table,
      row,
    );
  }
  return registry;
}

export function readSubSectors(file: RomeFile, sectors: Registry<Classification>): Registry<SubSector> {
  const table = readTable('sous_secteur_activite', file);
  const registry = new Registry<SubSector>('sous-secteur d’activité', file.fileName);
  for (const row of table.rows) {
    const code = matching(table, row, 'code_ss_sect_activite', /^\d{1,4}$/, 'un code numérique');
    const sectorCode = sectors.resolve(required(table, row, 'code_sect_activite'), table, row).code;
    registry.add(
      code,
      {
        code,
        label: cleanLabel(required(table, row, 'libelle_ss_sect_activite')),
        definition: cleanDefinition(row.data.definition_ss_sect_activite),
        sectorCode,
      },
      table,
      row,
    );
  }
  return registry;
}

/** NAF codes come without their leading zero ("1" = division 01); "01" is accepted too. */
export function normalizeNafCode(code: string): string | null {
  const trimmed = code.trim();
  return /^\d{1,2}$/.test(trimmed) ? String(Number(trimmed)) : null;
}

export function readNafSectors(file: RomeFile): Registry<NafSector> {
  const table = readTable('secteur_naf', file);
  const registry = new Registry<NafSector>('secteur NAF', file.fileName);
  for (const row of table.rows) {
    const code = normalizeNafCode(row.data.code_secteur_naf);
    if (code === null)
      fail(
        table,
        row,
        'invalid_value',
        `code NAF « ${row.data.code_secteur_naf} » inattendu (attendu : une division NAF de 0 à 99).`,
      );
    registry.add(
      code,
      {
        techCode: required(table, row, 'code_tech_secteur_naf'),
        code,
        division: code === '0' ? null : code.padStart(2, '0'),
        label: cleanLabel(required(table, row, 'libelle_secteur_naf')),
      },
      table,
      row,
    );
  }
  return registry;
}
