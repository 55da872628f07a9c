import { normalizeDomainCode } from './build-referentials.ts';
import { RomeExportError } from './errors.ts';
import { splitGenderForms } from './gender.ts';
import { addOnce, Registry } from './lookup.ts';
import {
  ECOLOGICAL_TRANSITIONS,
  type Appellation,
  type Fiche,
  type JobTags,
  type ProfessionalDomain,
} from '../model.ts';
import { readTable, type RomeFile, type Table, type TableRow } from './table.ts';
import { cleanLabel, cleanSentence } from './text.ts';
import { codeOgr, codeRome, fail, flag, oneOf, positiveInteger, required, riasec } from './values.ts';

type TagColumn = 'transition_eco' | 'transition_num' | 'transition_demo' | 'emploi_reglemente' | 'emploi_cadre';

function readTags(table: Table<TagColumn>, row: TableRow<TagColumn>): JobTags {
  return {
    ecologicalTransition: oneOf(table, row, 'transition_eco', ECOLOGICAL_TRANSITIONS, true),
    digitalTransition: flag(table, row, 'transition_num'),
    demographicTransition: flag(table, row, 'transition_demo'),
    regulated: flag(table, row, 'emploi_reglemente'),
    cadre: flag(table, row, 'emploi_cadre'),
  };
}

/** Fiches with their domain (from `cr_gd_dp`), RIASEC code and texts. Links are filled later. */
export function readFiches(
  files: { fiches: RomeFile; domainsOfFiches: RomeFile; riasec: RomeFile; texts: RomeFile },
  domains: Registry<ProfessionalDomain>,
): Registry<Fiche> {
  const table = readTable('referentiel_code_rome', files.fiches);
  const fiches = new Registry<Fiche>('code ROME', files.fiches.fileName);
  const ogrCodes = new Registry<true>('code OGR de fiche', files.fiches.fileName);
  const parents: { fiche: Fiche; line: number }[] = [];
  for (const row of table.rows) {
    const code = codeRome(table, row, 'code_rome');
    const fiche: Fiche = {
      codeRome: code,
      codeOgr: codeOgr(table, row, 'code_ogr'),
      codeFicheMetier: required(table, row, 'code_fiche_metier'),
      label: cleanLabel(required(table, row, 'libelle_rome')),
      parentCodeRome: codeRome(table, row, 'code_rome_parent'),
      domainCode: '',
      grandDomainCode: '',
      definition: [],
      access: [],
      riasec: { major: 'R', minor: null },
      tags: readTags(table, row),
      competences: [],
      savoirs: [],
      workContexts: [],
      mobilities: [],
      centresOfInterest: [],
      sectors: [],
      themeCodes: [],
      nafSectorCodes: [],
    };
    fiches.add(code, fiche, table, row);
    ogrCodes.add(fiche.codeOgr, true, table, row);
    parents.push({ fiche, line: row.line });
  }
  for (const { fiche, line } of parents) fiches.resolve(fiche.parentCodeRome, table, { line });

  readDomainsOfFiches(files.domainsOfFiches, fiches, domains);
  readFicheRiasec(files.riasec, fiches);
  readTexts(files.texts, fiches);
  return fiches;
}

function readDomainsOfFiches(file: RomeFile, fiches: Registry<Fiche>, domains: Registry<ProfessionalDomain>): void {
  const table = readTable('cr_gd_dp', file);
  const seen = new Registry<true>('code ROME', file.fileName);
  for (const row of table.rows) {
    const fiche = fiches.resolve(codeRome(table, row, 'code_rome'), table, row);
    seen.add(fiche.codeRome, true, table, row);
    const grandDomainCode = required(table, row, 'code_grand_domaine');
    const domainCode = normalizeDomainCode(row.data.code_domaine_professionnel, grandDomainCode);
    if (domainCode === null)
      fail(table, row, 'invalid_value', `code de domaine « ${row.data.code_domaine_professionnel} » inattendu.`);
    const domain = domains.resolve(domainCode, table, row);
    if (domain.grandDomainCode !== grandDomainCode || !fiche.codeRome.startsWith(domain.code)) {
      fail(
        table,
        row,
        'inconsistent_data',
        `la fiche ${fiche.codeRome} ne peut pas appartenir au domaine ${domain.code} (grand domaine ${grandDomainCode}).`,
      );
    }
    fiche.domainCode = domain.code;
    fiche.grandDomainCode = domain.grandDomainCode;
  }
  for (const fiche of fiches.values()) {
    if (fiche.domainCode === '') {
      throw new RomeExportError(
        'inconsistent_data',
        file.fileName,
        null,
        `la fiche ${fiche.codeRome} n’a pas de domaine professionnel.`,
      );
    }
  }
}

function readFicheRiasec(file: RomeFile, fiches: Registry<Fiche>): void {
  const table = readTable('referentiel_code_rome_riasec', file);
  const seen = new Registry<true>('code ROME', file.fileName);
  for (const row of table.rows) {
    const fiche = fiches.resolve(codeRome(table, row, 'code_rome'), table, row);
    seen.add(fiche.codeRome, true, table, row);
    const code = riasec(table, row, 'riasec_majeur', 'riasec_mineur');
    if (code === null) fail(table, row, 'invalid_value', 'code RIASEC majeur absent.');
    fiche.riasec = code;
  }
  if (seen.size !== fiches.size) {
    const missing = fiches.values().find((fiche) => seen.get(fiche.codeRome) === undefined);
    throw new RomeExportError(
      'inconsistent_data',
      file.fileName,
      null,
      `la fiche ${missing?.codeRome ?? ''} n’a pas de code RIASEC.`,
    );
  }
}

const TEXT_KINDS = { definition: '3', acces_metier: '4' } as const;

function readTexts(file: RomeFile, fiches: Registry<Fiche>): void {
  const table = readTable('texte', file);
  const sentences = new Map<Fiche, { definition: [number, string][]; acces_metier: [number, string][] }>();
  const keys = new Set<string>();
  for (const row of table.rows) {
    const fiche = fiches.resolve(codeRome(table, row, 'code_rome'), table, row);
    const kind = oneOf(
      table,
      row,
      'libelle_type_texte',
      { definition: 'definition', acces_metier: 'acces_metier' } as const,
      false,
    );
    if (kind === null || row.data.code_compo_bloc.trim() !== TEXT_KINDS[kind]) {
      fail(
        table,
        row,
        'inconsistent_data',
        `le type de texte « ${row.data.libelle_type_texte} » ne correspond pas au bloc ${row.data.code_compo_bloc}.`,
      );
    }
    const position = positiveInteger(table, row, 'position_phrase');
    addOnce(
      keys,
      `${fiche.codeRome}|${kind}|${position}`,
      table,
      row,
      `phrase ${position} du texte « ${kind} » de la fiche ${fiche.codeRome}`,
    );
    let entry = sentences.get(fiche);
    if (!entry) {
      entry = { definition: [], acces_metier: [] };
      sentences.set(fiche, entry);
    }
    entry[kind].push([position, cleanSentence(row.data.libelle_texte)]);
  }
  const ordered = (list: [number, string][]) => list.sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  for (const [fiche, entry] of sentences) {
    fiche.definition = ordered(entry.definition);
    fiche.access = ordered(entry.acces_metier);
  }
}

/** Appellations; exactly one `PRINCIPALE` per fiche. */
export function readAppellations(file: RomeFile, fiches: Registry<Fiche>): Registry<Appellation> {
  const table = readTable('referentiel_appellation', file);
  const registry = new Registry<Appellation>('appellation', file.fileName);
  const principals = new Map<string, number>();
  for (const row of table.rows) {
    const code = codeOgr(table, row, 'code_ogr');
    const fiche = fiches.resolve(codeRome(table, row, 'code_rome'), table, row);
    const parent = fiches.resolve(codeRome(table, row, 'code_rome_parent'), table, row);
    const label = cleanLabel(required(table, row, 'libelle_appellation_long'));
    const principal = oneOf(table, row, 'classification', { PRINCIPALE: true, SYNONYME: false }, false) as boolean;
    if (principal) {
      const first = principals.get(fiche.codeRome);
      if (first !== undefined) {
        fail(
          table,
          row,
          'inconsistent_data',
          `deuxième appellation PRINCIPALE pour la fiche ${fiche.codeRome} (la première est ligne ${first}).`,
        );
      }
      principals.set(fiche.codeRome, row.line);
    }
    registry.add(
      code,
      {
        codeOgr: code,
        codeRome: fiche.codeRome,
        label,
        shortLabel: cleanLabel(row.data.libelle_appellation_court) || label,
        ...splitGenderForms(label),
        principal,
        rare: flag(table, row, 'peu_usite'),
        parentCodeRome: parent.codeRome,
        tags: readTags(table, row),
      },
      table,
      row,
    );
  }
  const orphan = fiches.values().find((fiche) => !principals.has(fiche.codeRome));
  if (orphan) {
    throw new RomeExportError(
      'inconsistent_data',
      file.fileName,
      null,
      `la fiche ${orphan.codeRome} n’a pas d’appellation PRINCIPALE.`,
    );
  }
  return registry;
}
