/**
 * What the piste, training-need and enquête forms hold (strings, as typed, so that a draft kept
 * in the browser is exactly the screen), how a saved item fills them, and the body a save sends.
 * Pure: unit-tested.
 */
import type {
  EnqueteInput,
  EnqueteView,
  PisteInput,
  PisteView,
  TrainingNeedInput,
  TrainingNeedView,
} from '../contracts/schemas.ts';
import type { GuideQuestion } from '../domain/interview-guide.ts';
import {
  CRITERIA,
  type Assessment,
  type Criterion,
  type EnqueteKind,
  type FundingRoute,
  type PisteKind,
  type PisteOrigin,
  type PisteStatus,
} from '../domain/model.ts';

export interface PisteForm {
  kind: PisteKind | '';
  codeRome: string;
  /** The fiche's label, for the screen only. */
  ficheLabel: string;
  appellationCode: string;
  appellationLabel: string;
  title: string;
  description: string;
  desire: string;
  desireWhy: string;
  criteria: Record<Criterion, { assessment: Assessment | ''; note: string }>;
  favourableFactors: string;
  unfavourableFactors: string;
  status: PisteStatus;
  statusReason: string;
  origin: PisteOrigin;
  originReasons: string[];
}

const emptyCriteria = (): PisteForm['criteria'] =>
  Object.fromEntries(CRITERIA.map((c) => [c, { assessment: '', note: '' }])) as PisteForm['criteria'];

export const EMPTY_PISTE: PisteForm = {
  kind: '',
  codeRome: '',
  ficheLabel: '',
  appellationCode: '',
  appellationLabel: '',
  title: '',
  description: '',
  desire: '',
  desireWhy: '',
  criteria: emptyCriteria(),
  favourableFactors: '',
  unfavourableFactors: '',
  status: 'a_explorer',
  statusReason: '',
  origin: 'manual',
  originReasons: [],
};

export function pisteForm(view: PisteView): PisteForm {
  return {
    kind: view.kind,
    codeRome: view.fiche?.codeRome ?? '',
    ficheLabel: view.fiche?.label ?? '',
    appellationCode: view.appellation?.codeOgr ?? '',
    appellationLabel: view.appellation?.label ?? '',
    title: view.title,
    description: view.description ?? '',
    desire: view.desire === null ? '' : String(view.desire),
    desireWhy: view.desireWhy ?? '',
    criteria: Object.fromEntries(
      CRITERIA.map((c) => [c, { assessment: view.criteria[c].assessment ?? '', note: view.criteria[c].note ?? '' }]),
    ) as PisteForm['criteria'],
    favourableFactors: view.favourableFactors ?? '',
    unfavourableFactors: view.unfavourableFactors ?? '',
    status: view.status,
    statusReason: view.statusReason ?? '',
    origin: view.origin,
    originReasons: [...view.originReasons],
  };
}

export function pisteBody(id: string, revision: number, form: PisteForm): PisteInput {
  return {
    id,
    revision,
    kind: form.kind as PisteKind,
    codeRome: form.kind === 'rome_fiche' ? form.codeRome || null : null,
    appellationCode: form.kind === 'appellation' ? form.appellationCode || null : null,
    title: form.title,
    description: form.description,
    desire: form.desire === '' ? null : Number(form.desire),
    desireWhy: form.desireWhy,
    criteria: Object.fromEntries(
      CRITERIA.map((c) => [c, { assessment: form.criteria[c].assessment || null, note: form.criteria[c].note }]),
    ) as PisteInput['criteria'],
    favourableFactors: form.favourableFactors,
    unfavourableFactors: form.unfavourableFactors,
    status: form.status,
    statusReason: form.status === 'ecartee' ? form.statusReason : null,
    origin: form.origin,
    originReasons: form.originReasons,
  };
}

export interface TrainingNeedForm {
  codeOgr: string;
  content: string;
  duration: string;
  certification: string;
  funding: FundingRoute | '';
}

export const EMPTY_TRAINING_NEED: TrainingNeedForm = {
  codeOgr: '',
  content: '',
  duration: '',
  certification: '',
  funding: '',
};

export function trainingNeedForm(view: TrainingNeedView): TrainingNeedForm {
  return {
    codeOgr: view.competence?.codeOgr ?? '',
    content: view.content,
    duration: view.duration ?? '',
    certification: view.certification ?? '',
    funding: view.funding ?? '',
  };
}

export function trainingNeedBody(
  id: string,
  revision: number,
  pisteId: string,
  form: TrainingNeedForm,
): TrainingNeedInput {
  return {
    id,
    revision,
    pisteId,
    codeOgr: form.codeOgr || null,
    content: form.content,
    duration: form.duration,
    certification: form.certification,
    funding: form.funding || null,
  };
}

export interface EnqueteForm {
  kind: EnqueteKind | '';
  contactName: string;
  contactRole: string;
  contactOrganisation: string;
  contactEmail: string;
  contactPhone: string;
  plannedOn: string;
  place: string;
  startedOn: string;
  endedOn: string;
  sourceTitle: string;
  sourceUrl: string;
  questions: { id: string; topic: GuideQuestion['topic']; text: string; notes: string }[];
  learnt: string;
}

export const EMPTY_ENQUETE: EnqueteForm = {
  kind: '',
  contactName: '',
  contactRole: '',
  contactOrganisation: '',
  contactEmail: '',
  contactPhone: '',
  plannedOn: '',
  place: '',
  startedOn: '',
  endedOn: '',
  sourceTitle: '',
  sourceUrl: '',
  questions: [],
  learnt: '',
};

export const questionsForm = (questions: readonly GuideQuestion[]): EnqueteForm['questions'] =>
  questions.map((q) => ({ id: q.id, topic: q.topic, text: q.text, notes: q.notes ?? '' }));

export function enqueteForm(view: EnqueteView): EnqueteForm {
  return {
    kind: view.kind,
    contactName: view.contactName ?? '',
    contactRole: view.contactRole ?? '',
    contactOrganisation: view.contactOrganisation ?? '',
    contactEmail: view.contactEmail ?? '',
    contactPhone: view.contactPhone ?? '',
    plannedOn: view.plannedOn ?? '',
    place: view.place ?? '',
    startedOn: view.startedOn ?? '',
    endedOn: view.endedOn ?? '',
    sourceTitle: view.sourceTitle ?? '',
    sourceUrl: view.sourceUrl ?? '',
    questions: questionsForm(view.questions),
    learnt: view.learnt ?? '',
  };
}

/** Only the fields of the enquête's kind are sent: switching kind leaves no stray contact or place. */
export function enqueteBody(id: string, revision: number, pisteId: string, form: EnqueteForm): EnqueteInput {
  const interview = form.kind === 'interview';
  const immersion = form.kind === 'immersion';
  const source = form.kind === 'source';
  return {
    id,
    revision,
    pisteId,
    kind: form.kind as EnqueteKind,
    contactName: interview || immersion ? form.contactName : null,
    contactRole: interview || immersion ? form.contactRole : null,
    contactOrganisation: interview || immersion ? form.contactOrganisation : null,
    contactEmail: interview ? form.contactEmail : null,
    contactPhone: interview ? form.contactPhone : null,
    plannedOn: interview ? form.plannedOn || null : null,
    place: immersion ? form.place : null,
    startedOn: immersion ? form.startedOn || null : null,
    endedOn: immersion ? form.endedOn || null : null,
    sourceTitle: source ? form.sourceTitle : null,
    sourceUrl: source ? form.sourceUrl : null,
    ...(interview ? { questions: form.questions.map((q) => ({ ...q, notes: q.notes })) } : {}),
    learnt: form.learnt,
  };
}

/** A question the person adds to the guide: an id the schema accepts, unique in practice. */
export function freeQuestionId(random: () => number = Math.random): string {
  return `libre-${Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0')}`;
}

/** « 4 sur 5 », or « non dite ». */
export const desireText = (desire: number | null) => (desire === null ? 'non dite' : `${desire} sur 5`);

export const DESIRE_WORDS: Record<number, string> = {
  1: 'Très peu',
  2: 'Un peu',
  3: 'Moyennement',
  4: 'Beaucoup',
  5: 'Passionnément',
};
