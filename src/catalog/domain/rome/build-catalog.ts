import { readAppellations, readFiches } from './build-fiches.ts';
import { readClassificationLinks, readItemLinks, readMobilities } from './build-links.ts';
import {
  readClassification,
  readCompetences,
  readDomains,
  readGrandDomains,
  readNafSectors,
  readSavoirs,
  readSubSectors,
  readWorkContexts,
} from './build-referentials.ts';
import { RomeExportError } from './errors.ts';
import type { RomeCatalog } from '../model.ts';
import type { RomeFile } from './table.ts';
import { ROME_TABLE_NAMES, romeFileName, type RomeTableName } from './tables.ts';
import { parseVersionText } from './version.ts';

export const VERSION_FILE_NAME = 'version.txt';

/** The decoded text of every file of one export, as gathered by an adapter (directory, zip…). */
export interface RomeExportInput {
  /** Release suffix of the CSV file names, e.g. "460" for `unix_…_v460_utf8.csv`. */
  fileSuffix: string;
  files: Partial<Record<RomeTableName, RomeFile>>;
  versionFile: RomeFile | undefined;
}

/** The tables that must be present, in the order they are checked. */
export function requiredFileNames(fileSuffix: string): string[] {
  return [...ROME_TABLE_NAMES.map((table) => romeFileName(table, fileSuffix)), VERSION_FILE_NAME];
}

/**
 * Builds and validates the whole catalogue from the export's files. Pure: strings in, model
 * out. Throws a RomeExportError (French message naming file and line) on a missing file, a
 * wrong header, a truncated or malformed file, a bad value, a duplicate or a broken reference.
 */
export function buildRomeCatalog(input: RomeExportInput): RomeCatalog {
  const file = (table: RomeTableName): RomeFile => {
    const found = input.files[table];
    if (!found)
      throw new RomeExportError(
        'missing_file',
        romeFileName(table, input.fileSuffix),
        null,
        'fichier manquant dans l’export.',
      );
    return found;
  };
  ROME_TABLE_NAMES.forEach(file);
  if (!input.versionFile)
    throw new RomeExportError('missing_file', VERSION_FILE_NAME, null, 'fichier manquant dans l’export.');

  const version = parseVersionText(input.versionFile.text, input.versionFile.fileName, input.fileSuffix);
  const grandDomains = readGrandDomains(file('grand_domaine'));
  const domains = readDomains(file('domaine_professionnel'), grandDomains);
  const competences = readCompetences(file('referentiel_competence'), file('referentiel_macro_competence_riasec'));
  const savoirs = readSavoirs(file('referentiel_savoir'));
  const workContexts = readWorkContexts(file('referentiel_contexte_travail'));
  const centresOfInterest = readClassification('centre_interet', file('centre_interet'));
  const sectors = readClassification('secteur_activite', file('secteur_activite'));
  const subSectors = readSubSectors(file('sous_secteur_activite'), sectors);
  const themes = readClassification('themes', file('themes'));
  const nafSectors = readNafSectors(file('secteur_naf'));

  const fiches = readFiches(
    {
      fiches: file('referentiel_code_rome'),
      domainsOfFiches: file('cr_gd_dp'),
      riasec: file('referentiel_code_rome_riasec'),
      texts: file('texte'),
    },
    domains,
  );
  const appellations = readAppellations(file('referentiel_appellation'), fiches);
  readItemLinks(file('liens_rome_referentiels'), file('coherence_item'), fiches, {
    appellations,
    competences,
    savoirs,
    workContexts,
  });
  readMobilities(file('rubrique_mobilite'), fiches);
  readClassificationLinks(
    {
      centres: file('arborescence_centre_interet'),
      sectors: file('arborescence_secteur_activite'),
      themes: file('arborescence_thematique'),
      naf: file('arborescence_secteur_naf'),
    },
    fiches,
    { centresOfInterest, sectors, subSectors, themes, nafSectors },
  );

  return {
    version,
    grandDomains: grandDomains.values(),
    domains: domains.values(),
    fiches: fiches.values(),
    appellations: appellations.values(),
    competences: competences.values(),
    savoirs: savoirs.values(),
    workContexts: workContexts.values(),
    centresOfInterest: centresOfInterest.values(),
    sectors: sectors.values(),
    subSectors: subSectors.values(),
    themes: themes.values(),
    nafSectors: nafSectors.values(),
  };
}
