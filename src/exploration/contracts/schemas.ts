/**
 * The exploration's contracts (issue 13, decision 041): what the beneficiary and the consultant
 * send to save a piste, a training need or an enquête métier, debrief an enquête and set a
 * suggestion aside, and what they read back. A save sends the whole item with the `revision` it
 * edited (0 for a new item, whose `id` the client may choose); a stale revision answers 409
 * `exploration_stale` with the current version in `details.current`.
 */
import { z } from 'zod';
import type { GuideQuestion } from '../domain/interview-guide.ts';
import type { Feasibility } from '../domain/feasibility.ts';
import type { JobSuggestion } from '../../catalog/contracts/suggestions.ts';
import {
  ASSESSMENTS,
  DEBRIEF_EFFECTS,
  DESIRE_MAX,
  DESIRE_MIN,
  ENQUETE_KINDS,
  FUNDING_ROUTES,
  LIMITS,
  PISTE_KINDS,
  PISTE_ORIGINS,
  PISTE_STATUSES,
  QUESTION_TOPICS,
  type Assessment,
  type Criterion,
  type DebriefEffect,
  type EnqueteKind,
  type FundingRoute,
  type PisteKind,
  type PisteOrigin,
  type PisteStatus,
} from '../domain/model.ts';
import type { SkillGap } from '../domain/skill-gaps.ts';
import {
  codeRome,
  itemId,
  optionalCodeRome,
  optionalDate,
  optionalEnum,
  optionalLine,
  optionalOgr,
  optionalText,
  requiredLine,
  requiredText,
  revision,
} from './fields.ts';

export {
  PISTE_KIND_LABELS,
  PISTE_STATUS_LABELS,
  PISTE_ORIGIN_LABELS,
  CRITERION_LABELS,
  ASSESSMENT_LABELS,
  FUNDING_ROUTE_LABELS,
  ENQUETE_KIND_LABELS,
  DEBRIEF_EFFECT_LABELS,
  CONSTRAINTS_REMINDER,
} from '../domain/model.ts';
export { FEASIBILITY_LEVEL_LABELS } from '../domain/feasibility.ts';

const ASSESSMENT_MESSAGE = 'Choisissez : favorable, mitigé ou défavorable.';
const criterion = (what: string) =>
  z
    .object(
      {
        assessment: optionalEnum(ASSESSMENTS, ASSESSMENT_MESSAGE),
        note: optionalText(what, LIMITS.longText),
      },
      { error: 'Ce critère est mal formé.' },
    )
    .nullish()
    .transform((v) => v ?? { assessment: null, note: null });

const DESIRE_MESSAGE = `Choisissez une envie de ${DESIRE_MIN} à ${DESIRE_MAX}.`;

export const PisteSchema = z
  .object({
    id: itemId.optional(),
    revision: revision.default(0),
    kind: z.enum(PISTE_KINDS, {
      error:
        'Choisissez le type de piste : un métier du ROME, une appellation, un projet en mots libres ou une création d’entreprise.',
    }),
    /** The ROME fiche of a `rome_fiche` piste (for an appellation, its fiche is derived). */
    codeRome: optionalCodeRome,
    /** The appellation (OGR code) of an `appellation` piste. */
    appellationCode: optionalOgr,
    /** Free words; the fiche's or the appellation's label when empty. */
    title: optionalLine('L’intitulé de la piste', LIMITS.title),
    description: optionalText('La description du projet', LIMITS.longText),
    desire: z
      .number({ error: DESIRE_MESSAGE })
      .int(DESIRE_MESSAGE)
      .min(DESIRE_MIN, DESIRE_MESSAGE)
      .max(DESIRE_MAX, DESIRE_MESSAGE)
      .nullish()
      .transform((v) => v ?? null),
    desireWhy: optionalText('Le texte « pourquoi cette envie »', LIMITS.longText),
    criteria: z
      .object(
        {
          training: criterion('La note sur la formation nécessaire'),
          market: criterion('La note sur le marché du travail'),
          pay: criterion('La note sur la rémunération'),
          place: criterion('La note sur le lieu'),
          constraints: criterion('La note sur les contraintes'),
        },
        { error: 'Les critères de faisabilité sont mal formés.' },
      )
      .nullish()
      .transform(
        (v) =>
          v ?? {
            training: { assessment: null, note: null },
            market: { assessment: null, note: null },
            pay: { assessment: null, note: null },
            place: { assessment: null, note: null },
            constraints: { assessment: null, note: null },
          },
      ),
    favourableFactors: optionalText('Le texte des facteurs favorables', LIMITS.longText),
    unfavourableFactors: optionalText('Le texte des facteurs défavorables', LIMITS.longText),
    status: z
      .enum(PISTE_STATUSES, { error: 'Choisissez un statut : à explorer, en enquête, retenue, plan B ou écartée.' })
      .default('a_explorer'),
    statusReason: optionalText('La raison', LIMITS.statusReason),
    /** Where the piste came from; kept as created on later saves. */
    origin: z.enum(PISTE_ORIGINS, { error: 'Cette origine de piste n’existe pas.' }).default('manual'),
    /** The reasons of the suggestion it came from, in French (kept as created). */
    originReasons: z
      .array(requiredLine('Une raison est vide.', 'Une raison', LIMITS.originReason), {
        error: 'La liste des raisons est mal formée.',
      })
      .max(LIMITS.originReasons, 'Trop de raisons.')
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'rome_fiche' && v.codeRome === null)
      ctx.addIssue({ code: 'custom', path: ['codeRome'], message: 'Choisissez le métier dans le ROME.' });
    if (v.kind === 'appellation' && v.appellationCode === null)
      ctx.addIssue({ code: 'custom', path: ['appellationCode'], message: 'Choisissez l’appellation dans le ROME.' });
    if ((v.kind === 'free_project' || v.kind === 'business_creation') && v.title === null)
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'Décrivez la piste en quelques mots.' });
    if (v.status === 'ecartee' && v.statusReason === null)
      ctx.addIssue({
        code: 'custom',
        path: ['statusReason'],
        message: 'Indiquez pourquoi la piste est écartée : cela servira à la synthèse.',
      });
    if (v.origin !== 'manual' && v.kind !== 'rome_fiche' && v.kind !== 'appellation')
      ctx.addIssue({
        code: 'custom',
        path: ['origin'],
        message: 'Une piste venue d’une suggestion ou d’une fiche métier est un métier du ROME.',
      });
  });
export type PisteInput = z.input<typeof PisteSchema>;
export type Piste = z.output<typeof PisteSchema>;

export const TrainingNeedSchema = z.object({
  id: itemId.optional(),
  revision: revision.default(0),
  pisteId: itemId,
  /** The competence of the gap it closes (OGR code), if any. */
  codeOgr: optionalOgr,
  content: requiredText('Décrivez la formation ou l’apprentissage nécessaire.', 'Le contenu', LIMITS.trainingContent),
  duration: optionalLine('La durée', LIMITS.shortLine),
  certification: optionalLine('La certification', LIMITS.shortLine),
  funding: optionalEnum(
    FUNDING_ROUTES,
    'Choisissez un financement : CPF, projet de transition professionnelle, VAE, employeur ou autre.',
  ),
});
export type TrainingNeedInput = z.input<typeof TrainingNeedSchema>;
export type TrainingNeed = z.output<typeof TrainingNeedSchema>;

const QUESTION_ID_MESSAGE = 'Une question du guide est mal formée : rechargez la page.';
export const GuideQuestionSchema = z.object({
  id: z.string({ error: QUESTION_ID_MESSAGE }).regex(/^[a-z0-9-]{1,40}$/, QUESTION_ID_MESSAGE),
  topic: z.enum(QUESTION_TOPICS, { error: QUESTION_ID_MESSAGE }),
  text: requiredLine('Une question du guide est vide.', 'Une question', LIMITS.questionText),
  notes: optionalText('Les notes d’une question', LIMITS.questionNotes),
});

const EMAIL_MESSAGE = 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr, ou laissez vide.';
const PHONE_MESSAGE = 'Indiquez un numéro de téléphone (chiffres, espaces, +, points), ou laissez vide.';
const URL_MESSAGE = 'Indiquez une adresse web complète, commençant par https://, ou laissez vide.';

export const EnqueteSchema = z
  .object({
    id: itemId.optional(),
    revision: revision.default(0),
    pisteId: itemId,
    kind: z.enum(ENQUETE_KINDS, {
      error: 'Choisissez : entretien avec un·e professionnel·le, immersion ou source d’information.',
    }),
    contactName: optionalLine('Le nom du contact', LIMITS.contactName),
    contactRole: optionalLine('La fonction du contact', LIMITS.contactName),
    contactOrganisation: optionalLine('L’organisation du contact', LIMITS.shortLine),
    contactEmail: optionalLine('L’adresse e-mail', LIMITS.email).pipe(z.email({ error: EMAIL_MESSAGE }).nullable()),
    contactPhone: optionalLine('Le téléphone', LIMITS.phone).pipe(
      z
        .string()
        .regex(/^\+?[0-9 ().-]{3,40}$/, PHONE_MESSAGE)
        .nullable(),
    ),
    /** The interview's day. */
    plannedOn: optionalDate('Indiquez la date de l’entretien au format JJ/MM/AAAA.'),
    /** Where an immersion takes place. */
    place: optionalLine('Le lieu', LIMITS.shortLine),
    startedOn: optionalDate('Indiquez la date de début au format JJ/MM/AAAA.'),
    endedOn: optionalDate('Indiquez la date de fin au format JJ/MM/AAAA.'),
    sourceTitle: optionalLine('Le titre de la source', LIMITS.shortLine),
    sourceUrl: optionalLine('L’adresse web', LIMITS.url).pipe(
      z
        .string()
        .regex(/^https?:\/\/[^\s]+$/i, URL_MESSAGE)
        .nullable(),
    ),
    /** The guide with its notes; absent: built from the fiche at creation, unchanged afterwards. */
    questions: z
      .array(GuideQuestionSchema, { error: 'Le guide d’entretien est mal formé.' })
      .max(LIMITS.questions, `Le guide d’entretien compte au plus ${LIMITS.questions} questions.`)
      .optional(),
    learnt: optionalText('Le texte « ce que j’ai appris »', LIMITS.longText),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'interview' && v.contactName === null)
      ctx.addIssue({
        code: 'custom',
        path: ['contactName'],
        message: 'Indiquez le nom (ou le prénom) de la personne rencontrée.',
      });
    if (v.kind === 'immersion' && v.place === null)
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'Indiquez où se passe l’immersion.' });
    if (v.kind === 'source' && v.sourceTitle === null)
      ctx.addIssue({ code: 'custom', path: ['sourceTitle'], message: 'Indiquez la source consultée.' });
    if (v.startedOn && v.endedOn && v.endedOn < v.startedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['endedOn'],
        message: 'La date de fin ne peut pas être antérieure à la date de début.',
      });
    if (v.questions) {
      const ids = new Set<string>();
      v.questions.forEach((question, n) => {
        if (ids.has(question.id))
          ctx.addIssue({ code: 'custom', path: ['questions', n, 'id'], message: 'Cette question figure deux fois.' });
        ids.add(question.id);
      });
    }
  });
export type EnqueteInput = z.input<typeof EnqueteSchema>;
export type Enquete = z.output<typeof EnqueteSchema>;

export const DebriefSchema = z
  .object({
    revision: revision,
    confirmed: optionalText('Le texte « ce que l’enquête a confirmé »', LIMITS.longText),
    contradicted: optionalText('Le texte « ce que l’enquête a contredit »', LIMITS.longText),
    effect: z.enum(DEBRIEF_EFFECTS, {
      error: 'Dites si l’enquête renforce, ne change pas ou affaiblit la faisabilité de la piste.',
    }),
  })
  .superRefine((v, ctx) => {
    if (v.confirmed === null && v.contradicted === null)
      ctx.addIssue({
        code: 'custom',
        path: ['confirmed'],
        message: 'Notez ce que l’enquête a confirmé ou ce qu’elle a contredit.',
      });
  });
export type DebriefInput = z.input<typeof DebriefSchema>;
export type Debrief = z.output<typeof DebriefSchema>;

export const SetAsideSchema = z.object({
  codeRome,
  /** Why the suggestion is set aside; null brings it back. */
  reason: optionalText('La raison', LIMITS.setAsideReason),
});
export type SetAsideInput = z.input<typeof SetAsideSchema>;
export type SetAside = z.output<typeof SetAsideSchema>;

export interface PersonRef {
  id: string;
  name: string;
  role: string;
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

export interface TrainingNeedView extends Tracked {
  pisteId: string;
  competence: { codeOgr: string; label: string | null } | null;
  content: string;
  duration: string | null;
  certification: string | null;
  funding: FundingRoute | null;
}

export interface EnqueteView extends Tracked {
  pisteId: string;
  kind: EnqueteKind;
  contactName: string | null;
  contactRole: string | null;
  contactOrganisation: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  plannedOn: string | null;
  place: string | null;
  startedOn: string | null;
  endedOn: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  questions: GuideQuestion[];
  learnt: string | null;
  debrief: {
    confirmed: string | null;
    contradicted: string | null;
    effect: DebriefEffect;
    at: string;
    by: PersonRef;
  } | null;
}

export interface PisteView extends Tracked {
  kind: PisteKind;
  /** The fiche and its current catalogue label (null when a newer release dropped the code). */
  fiche: { codeRome: string; label: string | null } | null;
  appellation: { codeOgr: string; label: string | null } | null;
  title: string;
  description: string | null;
  desire: number | null;
  desireWhy: string | null;
  criteria: Record<Criterion, { assessment: Assessment | null; note: string | null }>;
  favourableFactors: string | null;
  unfavourableFactors: string | null;
  status: PisteStatus;
  statusReason: string | null;
  origin: PisteOrigin;
  originReasons: string[];
  feasibility: Feasibility;
  /** Null for a piste without a fiche (a project in free words, a business creation). */
  skillGap: SkillGap | null;
  trainingNeeds: TrainingNeedView[];
  enquetes: EnqueteView[];
}

export interface SetAsideView {
  codeRome: string;
  label: string | null;
  reason: string;
  setAt: string;
  setBy: PersonRef;
}

export interface ExplorationView {
  bilanId: string;
  editable: boolean;
  /** Shown beside the constraints (decision 041): no health detail. */
  constraintsReminder: string;
  pistes: PisteView[];
  setAside: SetAsideView[];
}

export interface GuideView {
  pisteId: string;
  fiche: { codeRome: string; label: string } | null;
  questions: GuideQuestion[];
}

/** A job suggestion in the dossier: the catalogue's, with the piste it already became (if any). */
export interface PisteSuggestion extends JobSuggestion {
  pisteId: string | null;
}

/** The dossier's job suggestions (decision 040), from the portfolio and the RIASEC result. */
export interface PisteSuggestionsView {
  results: PisteSuggestion[];
  unknownSkills: string[];
  notice?: string;
  /** What they were computed from, said to the reader. */
  basis: {
    competences: number;
    /** « S/A E » as the RIASEC report writes it; null without a usable result. */
    riasec: string | null;
    jobsHeld: number;
    /** Pistes desired 4 or 5 out of 5 (not set aside), whose mobilities are followed. */
    wishes: number;
    /** Why a RIASEC result was left out (a flat, undifferentiated profile), in French. */
    riasecNote: string | null;
  };
}
