/**
 * ROME 4.0 catalogue (France Travail open data): search queries, job sheets and the catalogue's
 * state. Public: the ROME is open data, and nothing here is about a person.
 */
import { z } from 'zod';
import type { CoreLevel, MobilityKind, RiasecLetter } from '../domain/model.ts';

/** Longest query read: the search engine looks at 200 characters at most. */
export const CATALOG_QUERY_MAX = 200;
export const CATALOG_LIMIT_MAX = 50;

const limitField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return 10;
    const n = /^\d{1,5}$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isInteger(n) || n < 1 || n > CATALOG_LIMIT_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: `Le nombre de résultats doit être un entier entre 1 et ${CATALOG_LIMIT_MAX}.`,
      });
      return z.NEVER;
    }
    return n;
  });

const queryField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    // Control characters are read as spaces; the engine ignores punctuation and symbols.
    // eslint-disable-next-line no-control-regex -- removing control characters on purpose
    const text = (v ?? '').replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').trim();
    if (text.length > CATALOG_QUERY_MAX) {
      ctx.addIssue({ code: 'custom', message: `La recherche ne doit pas dépasser ${CATALOG_QUERY_MAX} caractères.` });
      return z.NEVER;
    }
    return text;
  });

export const CatalogSearchQuerySchema = z.object({ q: queryField, limit: limitField });
export type CatalogSearchQuery = z.output<typeof CatalogSearchQuerySchema>;

export const SKILL_SCOPES = ['all', 'competences', 'savoirs'] as const;
export type SkillScopeValue = (typeof SKILL_SCOPES)[number];

export const SkillSearchQuerySchema = z.object({
  q: queryField,
  limit: limitField,
  scope: z
    .enum(SKILL_SCOPES, { error: 'Le type de recherche doit être all, competences ou savoirs.' })
    .optional()
    .default('all'),
});
export type SkillSearchQuery = z.output<typeof SkillSearchQuerySchema>;

/** A code ROME: a letter and four digits ("A1101"); lower case is accepted. */
export const codeRomeParam = z
  .string()
  .regex(/^[A-Za-z]\d{4}$/)
  .transform((v) => v.toUpperCase());

export interface CatalogueInfo {
  /** null while no catalogue is imported. */
  version: { number: number; title: string; publishedOn: string; validatedOn: string | null } | null;
  importedAt: string | null;
  counts: { fiches: number; appellations: number; competences: number; savoirs: number };
  /** "Source : France Travail — ROME 4.0, version 60 (publiée le 18/09/2025)", null without a catalogue. */
  credit: string | null;
}

export interface JobSearchHit {
  codeRome: string;
  label: string;
  appellation: string;
  score: number;
  matched: string;
}

export interface SkillSearchHit {
  codeOgr: string;
  label: string;
  kind: 'competence' | 'macro_competence' | 'savoir';
  category: string;
  score: number;
  matched: string;
}

export interface SearchResults<T> {
  results: T[];
}

export interface JobSheetItem {
  codeOgr: string;
  label: string;
  /** Core of the job ("Principale" / "Émergente" in the ROME), null otherwise. */
  core: CoreLevel | null;
}

export interface JobSheetCompetenceGroup {
  /** The macro-compétence. */
  codeOgr: string;
  label: string;
  core: CoreLevel | null;
  riasec: { major: RiasecLetter; minor: RiasecLetter | null } | null;
  items: JobSheetItem[];
}

export interface JobSheet {
  codeRome: string;
  label: string;
  definition: string[];
  access: string[];
  riasec: { major: RiasecLetter; minor: RiasecLetter | null };
  domain: { code: string; label: string };
  grandDomain: { code: string; label: string };
  tags: {
    regulated: boolean | null;
    cadre: boolean | null;
    ecologicalTransition: 'blanc' | 'vert' | 'brun' | 'strategique' | null;
    digitalTransition: boolean | null;
    demographicTransition: boolean | null;
  };
  appellations: {
    codeOgr: string;
    label: string;
    masculine: string;
    feminine: string;
    principal: boolean;
    rare: boolean;
  }[];
  competences: { savoirFaire: JobSheetCompetenceGroup[]; savoirEtre: JobSheetCompetenceGroup[] };
  savoirs: { category: string; items: (JobSheetItem & { subCategory: string })[] }[];
  workContexts: { type: string; items: JobSheetItem[] }[];
  mobilities: { codeRome: string; label: string; order: number; kind: MobilityKind | null }[];
  centresOfInterest: { code: string; label: string; principal: boolean }[];
  sectors: { code: string; label: string; subSector: string | null; principal: boolean }[];
  credit: string;
}

/** "Source : France Travail — ROME 4.0, version 60 (publiée le 18/09/2025)". */
export function romeCredit(version: { number: number; publishedOn: string }): string {
  const [y, m, d] = version.publishedOn.split('-');
  return `Source : France Travail — ROME 4.0, version ${version.number} (publiée le ${d}/${m}/${y})`;
}
