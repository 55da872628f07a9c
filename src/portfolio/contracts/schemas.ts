/**
 * The portfolio's contracts (issue 12, decision 038): what the beneficiary and the consultant send
 * to save an experience, a competence or a domain, decide ROME proposals and comment, and what they
 * read back. A save sends the whole item with the `revision` it edited (0 for a new item, whose
 * `id` the client may choose so that a retried creation is recognised); a stale revision answers
 * 409 `portfolio_stale` with the current version in `details.current`.
 */
import { z } from 'zod';
import { isoDateField } from '../../shared/fields.ts';
import { multiLine, oneLine } from '../../shared/text.ts';
import {
  COMPETENCE_KINDS,
  COMPETENCE_ORIGINS,
  EXPERIENCE_KINDS,
  LIMITS,
  OGR_CODE,
  SATISFACTION_MAX,
  SATISFACTION_MIN,
  frenchCount,
  type CompetenceOrigin,
  type ExperienceKind,
  type PortfolioCompetenceKind,
} from '../domain/portfolio.ts';
import type { CompetenceLevel } from '../domain/levels.ts';
import type { ProposalGroup } from '../domain/proposals.ts';
import { SAVOIR_ETRE_IDS, type SavoirEtreProposal } from '../domain/savoir-etre-proposals.ts';

export { EXPERIENCE_KIND_LABELS, COMPETENCE_KIND_LABELS, COMPETENCE_ORIGIN_LABELS } from '../domain/portfolio.ts';
export { LEVEL_ANCHORS } from '../domain/levels.ts';

/** Too long: says how long the text is and how long it may be. */
const tooLong = (what: string, max: number) =>
  z.check<string>((ctx) => {
    if (ctx.value.length > max)
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `${what} ne doit pas dépasser ${frenchCount(max)} caractères (${frenchCount(ctx.value.length)} saisis) : raccourcissez le texte.`,
      });
  });

/** An optional one-line text: empty means none (null). */
const optionalLine = (what: string, max: number) =>
  z
    .string({ error: `${what} doit être un texte.` })
    .nullish()
    .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v.trim()))
    .pipe(z.string().check(tooLong(what, max)).check(oneLine()).nullable());

/** An optional text of several lines: empty means none (null). */
const optionalText = (what: string, max: number) =>
  z
    .string({ error: `${what} doit être un texte.` })
    .nullish()
    .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v.trim()))
    .pipe(z.string().check(tooLong(what, max)).check(multiLine()).nullable());

const requiredLine = (missing: string, what: string, max: number) =>
  z.string({ error: missing }).trim().min(1, missing).check(tooLong(what, max)).check(oneLine());

const OGR_MESSAGE = 'Ce code ROME est mal formé : il compte de 1 à 6 chiffres.';
export const ogrCode = z.string({ error: OGR_MESSAGE }).regex(OGR_CODE, OGR_MESSAGE);
const optionalOgr = z
  .string({ error: OGR_MESSAGE })
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v))
  .pipe(ogrCode.nullable());

/** The revision the client edited: 0 for a new item. */
const revision = z
  .number({ error: 'La version de l’élément est manquante : rechargez la page.' })
  .int('La version de l’élément est mal formée : rechargez la page.')
  .min(0, 'La version de l’élément est mal formée : rechargez la page.')
  .max(2_000_000_000, 'La version de l’élément est mal formée : rechargez la page.');

const itemId = z.uuid({ error: 'Cet identifiant est mal formé.' });

const optionalDate = (malformed: string) =>
  z
    .string({ error: malformed })
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v))
    .pipe(isoDateField(malformed).nullable());

export const ExperienceSchema = z
  .object({
    id: itemId.optional(),
    revision: revision.default(0),
    kind: z.enum(EXPERIENCE_KINDS, {
      error: 'Choisissez le type d’expérience : professionnelle, bénévolat, vie personnelle ou formation.',
    }),
    title: optionalLine('L’intitulé', LIMITS.title),
    /** The job as a ROME appellation (its OGR code); its label is the default title. */
    appellationCode: optionalOgr,
    employerOrContext: optionalLine('L’employeur ou le contexte', LIMITS.employerOrContext),
    startedOn: isoDateField(
      'Indiquez la date de début.',
      'Indiquez la date de début au format JJ/MM/AAAA, par exemple 01/09/2018.',
    ),
    /** Null: still going on. */
    endedOn: optionalDate('Indiquez la date de fin au format JJ/MM/AAAA, par exemple 30/06/2021.'),
    activities: optionalText('Le texte des activités', LIMITS.longText),
    achievements: optionalText('Le texte des réalisations', LIMITS.longText),
    liked: optionalText('Le texte « ce que j’ai aimé »', LIMITS.longText),
    disliked: optionalText('Le texte « ce que j’ai moins aimé »', LIMITS.longText),
    satisfaction: z
      .number({ error: `Choisissez une satisfaction de ${SATISFACTION_MIN} à ${SATISFACTION_MAX}.` })
      .int(`Choisissez une satisfaction de ${SATISFACTION_MIN} à ${SATISFACTION_MAX}.`)
      .min(SATISFACTION_MIN, `Choisissez une satisfaction de ${SATISFACTION_MIN} à ${SATISFACTION_MAX}.`)
      .max(SATISFACTION_MAX, `Choisissez une satisfaction de ${SATISFACTION_MIN} à ${SATISFACTION_MAX}.`)
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.title === null && v.appellationCode === null)
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'Indiquez l’intitulé de l’expérience, ou choisissez un métier dans le ROME.',
      });
  });
export type ExperienceInput = z.input<typeof ExperienceSchema>;
export type Experience = z.output<typeof ExperienceSchema>;

const LEVEL_MESSAGE = 'Choisissez un niveau de 1 à 4.';

export const CompetenceSchema = z
  .object({
    id: itemId.optional(),
    revision: revision.default(0),
    /** Derived from the catalogue when a code is given. */
    kind: z
      .enum(COMPETENCE_KINDS, { error: 'Choisissez : savoir, savoir-faire ou savoir-être.' })
      .nullish()
      .transform((v) => v ?? null),
    /** Free words; the ROME label when empty and a code is given. */
    label: optionalLine('L’intitulé de la compétence', LIMITS.competenceLabel),
    codeOgr: optionalOgr,
    level: z
      .number({ error: LEVEL_MESSAGE })
      .int(LEVEL_MESSAGE)
      .min(1, LEVEL_MESSAGE)
      .max(4, LEVEL_MESSAGE)
      .nullish()
      .transform((v) => (v ?? null) as CompetenceLevel | null),
    wantsToUse: z
      .boolean({ error: 'Indiquez oui, non, ou ne répondez pas.' })
      .nullish()
      .transform((v) => v ?? null),
    transferable: z.boolean({ error: 'Indiquez si la compétence est transférable.' }).default(false),
    /** Where it came from; kept as created on later saves. */
    origin: z.enum(COMPETENCE_ORIGINS, { error: 'Cette origine de compétence n’existe pas.' }).default('declared'),
    domainId: itemId.nullish().transform((v) => v ?? null),
    /** The experiences that prove it; absent: unchanged. */
    experienceIds: z
      .array(itemId, { error: 'La liste des expériences est mal formée.' })
      .max(LIMITS.items, 'Trop d’expériences liées.')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.label === null && v.codeOgr === null)
      ctx.addIssue({
        code: 'custom',
        path: ['label'],
        message: 'Indiquez la compétence avec vos mots, ou choisissez-la dans le ROME.',
      });
    if (v.kind === null && v.codeOgr === null)
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Choisissez : savoir, savoir-faire ou savoir-être.' });
  });
export type CompetenceInput = z.input<typeof CompetenceSchema>;
export type Competence = z.output<typeof CompetenceSchema>;

export const DomainSchema = z.object({
  id: itemId.optional(),
  revision: revision.default(0),
  label: requiredLine('Indiquez le nom du domaine.', 'Le nom du domaine', LIMITS.domainLabel),
  /** The ROME macro-compétence the domain starts from. */
  macroCodeOgr: optionalOgr,
});
export type DomainInput = z.input<typeof DomainSchema>;
export type Domain = z.output<typeof DomainSchema>;

export const PORTFOLIO_LISTS = ['experiences', 'competences', 'domains'] as const;
export type PortfolioList = (typeof PORTFOLIO_LISTS)[number];

export const ReorderSchema = z.object({
  list: z.enum(PORTFOLIO_LISTS, { error: 'Cette liste n’existe pas.' }),
  ids: z.array(itemId, { error: 'L’ordre envoyé est mal formé.' }).max(LIMITS.items, 'L’ordre envoyé est trop long.'),
});
export type Reorder = z.output<typeof ReorderSchema>;

const codeList = z
  .array(ogrCode, { error: 'La liste des codes ROME est mal formée.' })
  .max(LIMITS.items, 'Trop de propositions à la fois.')
  .default([]);

export const DecideProposalsSchema = z
  .object({
    /** Codes kept: each becomes a competence (origin ROME) proven by the experience. */
    keep: codeList,
    /** Codes rejected: not proposed again in this bilan. */
    reject: codeList,
  })
  .superRefine((v, ctx) => {
    const kept = new Set(v.keep);
    const both = v.reject.findIndex((code) => kept.has(code));
    if (both >= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['reject', both],
        message: 'Une même proposition ne peut pas être à la fois gardée et écartée.',
      });
  });
export type DecideProposalsInput = z.input<typeof DecideProposalsSchema>;
export type DecideProposals = z.output<typeof DecideProposalsSchema>;

const savoirEtreList = z
  .array(z.enum(SAVOIR_ETRE_IDS, { error: 'Ce savoir-être n’est pas dans la liste proposée.' }), {
    error: 'La liste des savoir-être est mal formée.',
  })
  .max(SAVOIR_ETRE_IDS.length, 'Trop de savoir-être à la fois.')
  .default([]);

export const DecideSavoirEtreSchema = z
  .object({
    /** Savoir-être kept (their ids): each becomes a competence, origin questionnaire or 360°. */
    keep: savoirEtreList,
    /** Savoir-être rejected: not proposed again in this bilan. */
    reject: savoirEtreList,
  })
  .superRefine((v, ctx) => {
    const kept = new Set(v.keep);
    const both = v.reject.findIndex((id) => kept.has(id));
    if (both >= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['reject', both],
        message: 'Une même proposition ne peut pas être à la fois gardée et écartée.',
      });
  });
export type DecideSavoirEtreInput = z.input<typeof DecideSavoirEtreSchema>;
export type DecideSavoirEtre = z.output<typeof DecideSavoirEtreSchema>;

export const CommentSchema = z
  .object({
    /** What the comment is about: an experience, a competence, or (neither) the whole portfolio. */
    experienceId: itemId.nullish().transform((v) => v ?? null),
    competenceId: itemId.nullish().transform((v) => v ?? null),
    body: z
      .string({ error: 'Écrivez votre commentaire.' })
      .trim()
      .min(1, 'Écrivez votre commentaire.')
      .check(tooLong('Le commentaire', LIMITS.comment))
      .check(multiLine()),
  })
  .superRefine((v, ctx) => {
    if (v.experienceId !== null && v.competenceId !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['competenceId'],
        message: 'Un commentaire porte sur une expérience ou sur une compétence, pas les deux.',
      });
  });
export type CommentInput = z.input<typeof CommentSchema>;
export type Comment = z.output<typeof CommentSchema>;

const IMPORT_KEY_MESSAGE = 'Cette période du cahier n’existe plus : rechargez la page.';

export const ImportWorksheetSchema = z.object({
  /** The periods chosen, by key, each with the kind of experience the person chose. */
  items: z
    .array(
      z.object({
        key: z.string({ error: IMPORT_KEY_MESSAGE }).min(1, IMPORT_KEY_MESSAGE).max(120, IMPORT_KEY_MESSAGE),
        kind: z.enum(EXPERIENCE_KINDS, {
          error: 'Choisissez le type d’expérience : professionnelle, bénévolat, vie personnelle ou formation.',
        }),
      }),
      { error: 'La liste des périodes à importer est mal formée.' },
    )
    .min(1, 'Choisissez au moins une période à importer.')
    .max(LIMITS.items, 'Trop de périodes à la fois.')
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.key))
          ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'Cette période est choisie deux fois.' });
        seen.add(item.key);
      });
    }),
});
export type ImportWorksheetInput = z.input<typeof ImportWorksheetSchema>;
export type ImportWorksheet = z.output<typeof ImportWorksheetSchema>;

/** Who wrote or last changed something, by name. */
export interface PersonRef {
  id: string;
  name: string;
  role: 'consultant' | 'beneficiary' | 'admin';
}

interface Tracked {
  id: string;
  position: number;
  revision: number;
  createdAt: string;
  createdBy: PersonRef;
  updatedAt: string;
  updatedBy: PersonRef;
}

export interface ExperienceView extends Tracked {
  kind: ExperienceKind;
  title: string;
  appellation: { codeOgr: string; label: string | null } | null;
  employerOrContext: string | null;
  startedOn: string;
  endedOn: string | null;
  activities: string | null;
  achievements: string | null;
  liked: string | null;
  disliked: string | null;
  satisfaction: number | null;
  /** The competences this experience proves. */
  competenceIds: string[];
}

export interface CompetenceView extends Tracked {
  kind: PortfolioCompetenceKind;
  label: string;
  /** The ROME item, with its current label in the catalogue (null when the catalogue no longer has it). */
  rome: { codeOgr: string; label: string | null } | null;
  level: CompetenceLevel | null;
  wantsToUse: boolean | null;
  transferable: boolean;
  origin: CompetenceOrigin;
  domainId: string | null;
  /** The experiences that prove it. */
  experienceIds: string[];
}

export interface DomainView extends Tracked {
  label: string;
  macroCodeOgr: string | null;
}

export interface CommentView {
  id: string;
  target: { type: 'portfolio' } | { type: 'experience'; id: string } | { type: 'competence'; id: string };
  body: string;
  author: PersonRef;
  createdAt: string;
}

export interface PortfolioView {
  bilanId: string;
  /** False once the bilan has ended: everything stays readable, nothing changes. */
  editable: boolean;
  experiences: ExperienceView[];
  competences: CompetenceView[];
  domains: DomainView[];
  comments: CommentView[];
}

export interface ProposalsView {
  experienceId: string;
  /** The experience's appellation; null when it has none (no proposals then). */
  appellation: { codeOgr: string; label: string; codeRome: string; ficheLabel: string } | null;
  groups: ProposalGroup[];
}

export interface SavoirEtreProposalsView {
  /** The savoir-être questionnaire of the bilan: submitted, assigned but not submitted, or not assigned. */
  questionnaire: 'submitted' | 'not_submitted' | 'not_assigned';
  /** Its 360°: enough answers to be read, too few, or none. */
  feedback: 'ready' | 'insufficient' | 'none';
  proposals: SavoirEtreProposal[];
}

export interface DecidedProposals {
  /** Competences created from kept codes. */
  created: CompetenceView[];
  /** Competences already in the portfolio that the experience now proves. */
  linked: string[];
  rejected: string[];
}

/** The body of a 409 `portfolio_stale`: the version saved in the meantime. */
export interface StaleDetails<V> {
  current: V;
}

/** A period of the career-history worksheet, offered as an experience. */
export interface WorksheetCandidateView {
  key: string;
  title: string;
  employerOrContext: string | null;
  startYear: number | null;
  endYear: number | null;
  /** The dates the experience would get (AAAA-MM-JJ); null when it cannot be imported. */
  startedOn: string | null;
  endedOn: string | null;
  /** What marked the period, placed in the experience's activities. */
  activities: string | null;
  /** How it was lived, 1 to 5. */
  satisfaction: number | null;
  suggestedKind: ExperienceKind;
  /** Why it cannot be imported as it is (French), or null. */
  problem: string | null;
  /** The experience it became, when it is already in the portfolio. */
  importedAs: string | null;
}

export interface WorksheetImportView {
  /** False once the bilan has ended: nothing can be imported. */
  editable: boolean;
  /** The career-history worksheets of the bilan (not withdrawn), oldest first; empty when none was given. */
  worksheets: {
    assignmentId: string;
    title: string;
    /** Submitted, or answered in part (a draft), or not started. */
    status: 'submitted' | 'draft' | 'not_started';
    candidates: WorksheetCandidateView[];
  }[];
}

export interface WorksheetImported {
  /** The experiences created, in the order of the request. */
  created: ExperienceView[];
  /** Keys already imported before: nothing created for them. */
  alreadyImported: string[];
}
