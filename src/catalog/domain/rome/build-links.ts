import { normalizeNafCode } from './build-referentials.ts';
import { RomeExportError } from './errors.ts';
import { addOnce, type Registry } from './lookup.ts';
import type {
  Appellation,
  Classification,
  Competence,
  CompetenceCategory,
  CoreLevel,
  Fiche,
  FicheCompetenceLink,
  FicheItemLink,
  NafSector,
  Savoir,
  SubSector,
  WorkContext,
} from '../model.ts';
import { readTable, type RomeFile } from './table.ts';
import { codeOgr, codeRome, fail, oneOf, optional, positiveInteger, required, yesNo } from './values.ts';

export interface ItemRegistries {
  appellations: Registry<Appellation>;
  competences: Registry<Competence>;
  savoirs: Registry<Savoir>;
  workContexts: Registry<WorkContext>;
}

/**
 * `liens_rome_referentiels` (what a fiche contains) and `coherence_item` (core-of-job flags).
 * Bloc 1 must name the fiche itself, bloc 2 every appellation of the fiche, bloc 5 rubrique 1/2/3
 * savoir-faire / savoir-être / savoirs, bloc 6 contextes de travail. `coherence_item` must
 * give exactly the pairs of blocs 5 and 6.
 */
export function readItemLinks(
  links: RomeFile,
  coherence: RomeFile,
  fiches: Registry<Fiche>,
  items: ItemRegistries,
): void {
  const table = readTable('liens_rome_referentiels', links);
  const byPair = new Map<string, FicheItemLink>();
  const ficheSeen = new Set<string>();
  const appellationSeen = new Set<string>();
  for (const row of table.rows) {
    const fiche = fiches.resolve(codeRome(table, row, 'code_rome'), table, row);
    const code = codeOgr(table, row, 'code_ogr');
    const bloc = row.data.code_compo_bloc.trim();
    const rubric = row.data.code_rubrique.trim();
    const pair = `${fiche.codeRome}|${code}`;
    let link: FicheItemLink;
    switch (`${bloc}/${rubric}`) {
      case '1/':
        if (code !== fiche.codeOgr)
          fail(table, row, 'broken_reference', `le code OGR ${code} n’est pas celui de la fiche ${fiche.codeRome}.`);
        addOnce(ficheSeen, fiche.codeRome, table, row, `bloc 1 de la fiche ${fiche.codeRome}`);
        continue;
      case '2/': {
        const appellation = items.appellations.resolve(code, table, row);
        if (appellation.codeRome !== fiche.codeRome) {
          fail(
            table,
            row,
            'broken_reference',
            `l’appellation ${code} appartient à la fiche ${appellation.codeRome}, pas à ${fiche.codeRome}.`,
          );
        }
        addOnce(appellationSeen, code, table, row, `appellation ${code}`);
        continue;
      }
      case '5/1':
      case '5/2': {
        const competence = items.competences.resolve(code, table, row);
        const rubricCategory: CompetenceCategory = rubric === '1' ? 'savoir_faire' : 'savoir_etre';
        if (competence.category !== rubricCategory) {
          fail(table, row, 'inconsistent_data', `la compétence ${code} n’appartient pas à la rubrique ${rubric}.`);
        }
        const competenceLink: FicheCompetenceLink = { codeOgr: code, core: null, rubric: rubricCategory };
        link = competenceLink;
        fiche.competences.push(competenceLink);
        break;
      }
      case '5/3':
        items.savoirs.resolve(code, table, row);
        link = { codeOgr: code, core: null };
        fiche.savoirs.push(link);
        break;
      case '6/':
        items.workContexts.resolve(code, table, row);
        link = { codeOgr: code, core: null };
        fiche.workContexts.push(link);
        break;
      default:
        fail(table, row, 'invalid_value', `bloc « ${bloc} » / rubrique « ${rubric} » inattendus.`);
    }
    if (byPair.has(pair))
      fail(table, row, 'duplicate_key', `lien entre la fiche ${fiche.codeRome} et l’item ${code} en double.`);
    byPair.set(pair, link);
  }
  const noBloc1 = fiches.values().find((fiche) => !ficheSeen.has(fiche.codeRome));
  if (noBloc1)
    throw new RomeExportError(
      'inconsistent_data',
      links.fileName,
      null,
      `la fiche ${noBloc1.codeRome} est absente du bloc 1.`,
    );
  const unlinked = items.appellations.values().find((a) => !appellationSeen.has(a.codeOgr));
  if (unlinked) {
    throw new RomeExportError(
      'inconsistent_data',
      links.fileName,
      null,
      `l’appellation ${unlinked.codeOgr} (fiche ${unlinked.codeRome}) est absente du bloc 2.`,
    );
  }
  readCoherence(coherence, fiches, byPair);
}

const CORE_LEVELS: Record<string, CoreLevel> = { Principale: 'principale', Émergente: 'emergente' };

function readCoherence(file: RomeFile, fiches: Registry<Fiche>, byPair: Map<string, FicheItemLink>): void {
  const table = readTable('coherence_item', file);
  const seen = new Set<string>();
  for (const row of table.rows) {
    const fiche = fiches.resolve(codeRome(table, row, 'code_rome'), table, row);
    const code = codeOgr(table, row, 'code_ogr');
    const pair = `${fiche.codeRome}|${code}`;
    const link = byPair.get(pair);
    if (!link)
      fail(table, row, 'broken_reference', `l’item ${code} n’est pas lié à la fiche ${fiche.codeRome} (blocs 5 et 6).`);
    addOnce(seen, pair, table, row, `couple (${fiche.codeRome}, ${code})`);
    link.core = oneOf(table, row, 'coeur_metier', CORE_LEVELS, true);
  }
  if (seen.size !== byPair.size) {
    const missing = [...byPair.keys()].find((pair) => !seen.has(pair)) ?? '';
    const [rome, ogr] = missing.split('|');
    throw new RomeExportError(
      'inconsistent_data',
      file.fileName,
      null,
      `le couple (${rome}, ${ogr}) des blocs 5 et 6 est absent.`,
    );
  }
}

export function readMobilities(file: RomeFile, fiches: Registry<Fiche>): void {
  const table = readTable('rubrique_mobilite', file);
  const seen = new Set<string>();
  for (const row of table.rows) {
    const source = fiches.resolve(codeRome(table, row, 'code_rome'), table, row);
    const target = fiches.resolve(codeRome(table, row, 'code_rome_cible'), table, row);
    const order = positiveInteger(table, row, 'numero_ordre');
    if (source === target) fail(table, row, 'inconsistent_data', `la fiche ${source.codeRome} pointe vers elle-même.`);
    addOnce(
      seen,
      `${source.codeRome}>${target.codeRome}`,
      table,
      row,
      `mobilité ${source.codeRome} → ${target.codeRome}`,
    );
    addOnce(seen, `${source.codeRome}#${order}`, table, row, `numéro d’ordre ${order} de la fiche ${source.codeRome}`);
    source.mobilities.push({ targetCodeRome: target.codeRome, order });
  }
  for (const fiche of fiches.values()) fiche.mobilities.sort((a, b) => a.order - b.order);
}

export interface ClassificationRegistries {
  centresOfInterest: Registry<Classification>;
  sectors: Registry<Classification>;
  subSectors: Registry<SubSector>;
  themes: Registry<Classification>;
  nafSectors: Registry<NafSector>;
}

/** The four `arborescence_*` link tables. */
export function readClassificationLinks(
  files: { centres: RomeFile; sectors: RomeFile; themes: RomeFile; naf: RomeFile },
  fiches: Registry<Fiche>,
  groups: ClassificationRegistries,
): void {
  const centres = readTable('arborescence_centre_interet', files.centres);
  const seen = new Set<string>();
  for (const row of centres.rows) {
    const fiche = fiches.resolve(codeRome(centres, row, 'code_rome'), centres, row);
    const centre = groups.centresOfInterest.resolve(required(centres, row, 'code_centre_interet'), centres, row);
    addOnce(
      seen,
      `c|${fiche.codeRome}|${centre.code}`,
      centres,
      row,
      `lien ${fiche.codeRome} – centre d’intérêt ${centre.code}`,
    );
    fiche.centresOfInterest.push({ code: centre.code, principal: yesNo(centres, row, 'principal') });
  }

  const sectors = readTable('arborescence_secteur_activite', files.sectors);
  for (const row of sectors.rows) {
    const fiche = fiches.resolve(codeRome(sectors, row, 'code_rome'), sectors, row);
    const sector = groups.sectors.resolve(required(sectors, row, 'code_sect_activite'), sectors, row);
    const subCode = optional(row, 'code_ss_sect_activite');
    const sub = subCode === null ? null : groups.subSectors.resolve(subCode, sectors, row);
    if (sub && sub.sectorCode !== sector.code) {
      fail(
        sectors,
        row,
        'inconsistent_data',
        `le sous-secteur ${sub.code} n’appartient pas au secteur ${sector.code}.`,
      );
    }
    addOnce(
      seen,
      `s|${fiche.codeRome}|${sector.code}|${subCode ?? ''}`,
      sectors,
      row,
      `lien ${fiche.codeRome} – secteur ${sector.code}`,
    );
    fiche.sectors.push({
      sectorCode: sector.code,
      subSectorCode: sub?.code ?? null,
      principal: yesNo(sectors, row, 'principal'),
    });
  }

  const themes = readTable('arborescence_thematique', files.themes);
  for (const row of themes.rows) {
    const fiche = fiches.resolve(codeRome(themes, row, 'code_rome'), themes, row);
    const theme = groups.themes.resolve(required(themes, row, 'code_theme'), themes, row);
    addOnce(seen, `t|${fiche.codeRome}|${theme.code}`, themes, row, `lien ${fiche.codeRome} – thème ${theme.code}`);
    fiche.themeCodes.push(theme.code);
  }

  const naf = readTable('arborescence_secteur_naf', files.naf);
  for (const row of naf.rows) {
    const fiche = fiches.resolve(codeRome(naf, row, 'code_rome'), naf, row);
    const code = normalizeNafCode(row.data.code_secteur_naf);
    if (code === null) fail(naf, row, 'invalid_value', `code NAF « ${row.data.code_secteur_naf} » inattendu.`);
    const sector = groups.nafSectors.resolve(code, naf, row);
    addOnce(
      seen,
      `n|${fiche.codeRome}|${sector.code}`,
      naf,
      row,
      `lien ${fiche.codeRome} – secteur NAF ${sector.code}`,
    );
    fiche.nafSectorCodes.push(sector.code);
  }
}
