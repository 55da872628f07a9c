/**
 * In-memory model of a ROME 4.0 release, as read from France Travail's CSV export.
 * Codes are kept as text (leading zeros matter). Labels keep the export's typography.
 * Shapes are flat and keyed by codes so that they map one-to-one onto database tables;
 * fiche-level links live on the fiche.
 */

/** "O" → true, "N" → false, "" → null: the export distinguishes "no" from "not set". */
export type Flag = boolean | null;

export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];
export interface Riasec {
  major: RiasecLetter;
  minor: RiasecLetter | null;
}

/** `transition_eco` of fiches and appellations. */
export const ECOLOGICAL_TRANSITIONS = {
  'Emploi Blanc': 'blanc',
  'Emploi Vert': 'vert',
  'Emploi Brun': 'brun',
  'Emploi stratégique pour la Transition écologique': 'strategique',
} as const satisfies Record<string, (typeof ECOLOGICAL_TRANSITION_CODES)[number]>;
export const ECOLOGICAL_TRANSITION_CODES = ['blanc', 'vert', 'brun', 'strategique'] as const;
export type EcologicalTransition = (typeof ECOLOGICAL_TRANSITION_CODES)[number];

/** Tags carried by fiches and appellations. */
export interface JobTags {
  ecologicalTransition: EcologicalTransition | null;
  digitalTransition: Flag;
  demographicTransition: Flag;
  regulated: Flag;
  cadre: Flag;
}

export interface RomeVersion {
  /** Release number, e.g. 60 (files suffixed `v460`). */
  number: number;
  /** File-name suffix of this release, e.g. `460`. */
  fileSuffix: string;
  /** "Titre/commentaire" of version.txt, e.g. "ROME 4.0 version 60 - 25M09". */
  title: string;
  /** ISO date (YYYY-MM-DD). */
  publishedOn: string;
  validatedOn: string | null;
}

export interface GrandDomain {
  code: string; // "A"
  label: string;
}

export interface ProfessionalDomain {
  code: string; // "A11"
  label: string;
  grandDomainCode: string;
}

/** "Principale" / "Émergente" of `coeur_metier`; null when the item is not core to the job. */
export const CORE_LEVELS = ['principale', 'emergente'] as const;
export type CoreLevel = (typeof CORE_LEVELS)[number];

export interface FicheItemLink {
  codeOgr: string;
  core: CoreLevel | null;
}

export const COMPETENCE_CATEGORIES = ['savoir_faire', 'savoir_etre'] as const;
export type CompetenceCategory = (typeof COMPETENCE_CATEGORIES)[number];

export interface FicheCompetenceLink extends FicheItemLink {
  /** Rubrique of the fiche: savoir-faire (compétences and macro-compétences) or savoir-être. */
  rubric: CompetenceCategory;
}

/** A directed link to another fiche. The v460 CSV export gives an order, not a kind. */
/** A mobility's kind in the database (the export does not state it yet: stored as null). */
export const MOBILITY_KINDS = ['proche', 'evolution'] as const;
export type MobilityKind = (typeof MOBILITY_KINDS)[number];

export interface Mobility {
  targetCodeRome: string;
  order: number;
}

export interface FicheSectorLink {
  sectorCode: string;
  subSectorCode: string | null;
  principal: boolean;
}

export interface FicheCentreOfInterestLink {
  code: string;
  principal: boolean;
}

export interface Fiche {
  codeRome: string; // "A1101"
  codeOgr: string;
  codeFicheMetier: string;
  label: string;
  parentCodeRome: string;
  domainCode: string;
  grandDomainCode: string;
  /** Sentences in order (`position_phrase`), SQL-doubled apostrophes undone. */
  definition: string[];
  access: string[];
  riasec: Riasec;
  tags: JobTags;
  competences: FicheCompetenceLink[];
  savoirs: FicheItemLink[];
  workContexts: FicheItemLink[];
  /** Sorted by `order`. */
  mobilities: Mobility[];
  centresOfInterest: FicheCentreOfInterestLink[];
  sectors: FicheSectorLink[];
  themeCodes: string[];
  nafSectorCodes: string[];
}

export interface Appellation {
  codeOgr: string;
  codeRome: string;
  /** `libelle_appellation_long`, e.g. "Conducteur / Conductrice d'engins agricoles". */
  label: string;
  shortLabel: string;
  /** Derived from the long label: "Conducteur d'engins agricoles". */
  masculine: string;
  /** Derived from the long label: "Conductrice d'engins agricoles". */
  feminine: string;
  /** The one appellation per fiche whose label is the fiche's label (`PRINCIPALE`). */
  principal: boolean;
  /** `peu_usite`: a rarely used title. */
  rare: Flag;
  parentCodeRome: string;
  tags: JobTags;
}

export const COMPETENCE_KINDS = ['competence', 'macro_competence'] as const;
export type CompetenceKind = (typeof COMPETENCE_KINDS)[number];
export const COMPETENCE_SUB_CATEGORIES = ['technique', 'technique_expert', 'transverse'] as const;
export type CompetenceSubCategory = (typeof COMPETENCE_SUB_CATEGORIES)[number];

export interface Competence {
  codeOgr: string;
  kind: CompetenceKind;
  label: string;
  definition: string | null;
  /** For a compétence: its macro-compétence's code OGR. Null for macro-compétences. */
  macroCodeOgr: string | null;
  /** For a macro-compétence: its structured code, e.g. "4A101". */
  macroCode: string | null;
  category: CompetenceCategory;
  subCategory: CompetenceSubCategory | null;
  ecologicalTransition: Flag;
  digitalTransition: Flag;
  /** Macro-compétences only: "Homogène", "Très homogène", "Hétérogène". */
  heterogeneity: string | null;
  /** e.g. "PIX". */
  origin: string | null;
  /** Macro-compétences only; null when the export gives none. */
  riasec: Riasec | null;
}

export interface Savoir {
  codeOgr: string;
  label: string;
  category: string;
  subCategory: string;
  ecologicalTransition: Flag;
  digitalTransition: Flag;
}

export interface WorkContext {
  codeOgr: string;
  label: string;
  typeCode: string;
  typeLabel: string;
}

export interface Classification {
  code: string;
  label: string;
  definition: string;
}

export interface SubSector extends Classification {
  sectorCode: string;
}

export interface NafSector {
  /** `code_tech_secteur_naf`. */
  techCode: string;
  /** `code_secteur_naf` as in the export: the NAF division without its leading zero, "0" = transverse. */
  code: string;
  /** Two-digit NAF division ("01"), null for the transverse entry. */
  division: string | null;
  label: string;
}

export interface RomeCatalog {
  version: RomeVersion;
  grandDomains: GrandDomain[];
  domains: ProfessionalDomain[];
  fiches: Fiche[];
  appellations: Appellation[];
  competences: Competence[];
  savoirs: Savoir[];
  workContexts: WorkContext[];
  centresOfInterest: Classification[];
  sectors: Classification[];
  subSectors: SubSector[];
  themes: Classification[];
  nafSectors: NafSector[];
}
