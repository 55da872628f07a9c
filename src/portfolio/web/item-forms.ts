/**
 * What the experience and competence forms hold (strings and flags, as typed, so that a draft
 * kept in the browser is exactly the screen), how a saved item fills them, and the body a save
 * sends. Pure: unit-tested.
 */
import type { CompetenceInput, CompetenceView, ExperienceInput, ExperienceView } from '../contracts/schemas.ts';
import type { CompetenceOrigin, ExperienceKind, PortfolioCompetenceKind } from '../domain/portfolio.ts';

export interface ExperienceForm {
  kind: ExperienceKind | '';
  title: string;
  /** The ROME appellation chosen in the catalogue, with its label for the screen. */
  appellationCode: string;
  appellationLabel: string;
  employerOrContext: string;
  startedOn: string;
  endedOn: string;
  activities: string;
  achievements: string;
  liked: string;
  disliked: string;
  satisfaction: string;
}

export const EMPTY_EXPERIENCE: ExperienceForm = {
  kind: '',
  title: '',
  appellationCode: '',
  appellationLabel: '',
  employerOrContext: '',
  startedOn: '',
  endedOn: '',
  activities: '',
  achievements: '',
  liked: '',
  disliked: '',
  satisfaction: '',
};

export function experienceForm(view: ExperienceView): ExperienceForm {
  return {
    kind: view.kind,
    title: view.title,
    appellationCode: view.appellation?.codeOgr ?? '',
    appellationLabel: view.appellation?.label ?? '',
    employerOrContext: view.employerOrContext ?? '',
    startedOn: view.startedOn,
    endedOn: view.endedOn ?? '',
    activities: view.activities ?? '',
    achievements: view.achievements ?? '',
    liked: view.liked ?? '',
    disliked: view.disliked ?? '',
    satisfaction: view.satisfaction === null ? '' : String(view.satisfaction),
  };
}

export function experienceBody(id: string, revision: number, form: ExperienceForm): ExperienceInput {
  return {
    id,
    revision,
    kind: form.kind as ExperienceKind,
    title: form.title,
    appellationCode: form.appellationCode || null,
    employerOrContext: form.employerOrContext,
    startedOn: form.startedOn,
    endedOn: form.endedOn || null,
    activities: form.activities,
    achievements: form.achievements,
    liked: form.liked,
    disliked: form.disliked,
    satisfaction: form.satisfaction === '' ? null : Number(form.satisfaction),
  };
}

export interface CompetenceForm {
  kind: PortfolioCompetenceKind | '';
  label: string;
  /** The ROME item chosen, with its label for the screen. */
  codeOgr: string;
  romeLabel: string;
  level: string;
  /** 'oui', 'non', or '' (not said). */
  wantsToUse: '' | 'oui' | 'non';
  transferable: boolean;
  origin: CompetenceOrigin;
  domainId: string;
  experienceIds: string[];
}

export const EMPTY_COMPETENCE: CompetenceForm = {
  kind: '',
  label: '',
  codeOgr: '',
  romeLabel: '',
  level: '',
  wantsToUse: '',
  transferable: false,
  origin: 'declared',
  domainId: '',
  experienceIds: [],
};

export function competenceForm(view: CompetenceView): CompetenceForm {
  return {
    kind: view.kind,
    label: view.label,
    codeOgr: view.rome?.codeOgr ?? '',
    romeLabel: view.rome?.label ?? '',
    level: view.level === null ? '' : String(view.level),
    wantsToUse: view.wantsToUse === null ? '' : view.wantsToUse ? 'oui' : 'non',
    transferable: view.transferable,
    origin: view.origin,
    domainId: view.domainId ?? '',
    experienceIds: [...view.experienceIds],
  };
}

export function competenceBody(id: string, revision: number, form: CompetenceForm): CompetenceInput {
  return {
    id,
    revision,
    kind: form.kind === '' ? null : form.kind,
    label: form.label,
    codeOgr: form.codeOgr || null,
    level: form.level === '' ? null : Number(form.level),
    wantsToUse: form.wantsToUse === '' ? null : form.wantsToUse === 'oui',
    transferable: form.transferable,
    origin: form.origin,
    domainId: form.domainId || null,
    experienceIds: form.experienceIds,
  };
}

/** Whether two forms say the same thing (a retried creation that the server already has). */
export function sameForm<F extends object>(a: F, b: F): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(form: object): unknown {
  return Object.fromEntries(
    Object.entries(form)
      .filter(([key]) => key !== 'appellationLabel' && key !== 'romeLabel')
      .map(([key, value]) => [
        key,
        typeof value === 'string' ? value.trim() : Array.isArray(value) ? [...value].sort() : value,
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

/** The fields the other person changed: names of the form's keys whose values differ. */
export function changedFields<F extends object>(mine: F, theirs: F): (keyof F)[] {
  const a = normalise(mine) as Record<string, unknown>;
  const b = normalise(theirs) as Record<string, unknown>;
  return Object.keys(a).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])) as (keyof F)[];
}
