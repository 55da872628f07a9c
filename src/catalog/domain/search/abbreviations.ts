/**
 * Common abbreviations of job titles, as people type them. Keys are folded (lowercase, no
 * accent, no dot: "resp." is typed "resp"); a query word found here is matched both as typed
 * and as its expansion, whichever fits the title best. Words that are prefixes of what they
 * abbreviate ("compta", "assist") are listed anyway, so that the intended job ranks first
 * rather than every word starting the same way.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  adj: 'adjoint',
  aes: 'accompagnant éducatif et social',
  anim: 'animateur',
  as: 'aide-soignant',
  ash: 'agent de service hospitalier',
  assist: 'assistant',
  asst: 'assistant',
  avs: 'auxiliaire de vie sociale',
  cdp: 'chef de projet',
  cm: 'community manager',
  compta: 'comptable',
  dev: 'développeur',
  dir: 'directeur',
  drh: 'directeur des ressources humaines',
  educ: 'éducateur',
  elec: 'électricien',
  ide: 'infirmier',
  info: 'informatique',
  ing: 'ingénieur',
  kine: 'kinésithérapeute',
  manut: 'manutentionnaire',
  meca: 'mécanicien',
  pdg: 'président directeur général',
  pl: 'poids lourd',
  prof: 'professeur',
  psy: 'psychologue',
  resp: 'responsable',
  respo: 'responsable',
  rh: 'ressources humaines',
  secr: 'secrétaire',
  spl: 'super poids lourd',
  tech: 'technicien',
  techn: 'technicien',
  vl: 'véhicule léger',
};

/** The expansion of a folded word, if it is a known abbreviation (own keys only: "constructor" is not one). */
export function expandAbbreviation(folded: string): string | undefined {
  return Object.hasOwn(ABBREVIATIONS, folded) ? ABBREVIATIONS[folded] : undefined;
}
