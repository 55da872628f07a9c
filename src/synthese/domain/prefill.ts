/**
 * The passages the synthesis proposes from the dossier (issue 14, decision 043), each with where it
 * comes from in French (« D’après le portfolio »…). Pure: the caller reads the facts. Nothing here
 * reaches the beneficiary: the consultant accepts a passage (it is appended to its section), may
 * rewrite it, and publishes a version.
 */
import type { SyntheseHorizon, SyntheseSectionKey } from './content.ts';
import { SYNTHESE_HORIZON_LABELS } from './content.ts';
import { CONFIDENTIALITY_NOTICE, CONFIDENTIALITY_SOURCE, SYNTHESE_LIMITS } from './model.ts';

export interface Proposal {
  sectionKey: SyntheseSectionKey;
  source: string;
  text: string;
}

export type CompetenceKind = 'savoir' | 'savoir_faire' | 'savoir_etre';

/** One step of the action plan as read from its owner (`action_plan_steps`, migration 0024). */
export interface ActionStepInput {
  horizon: SyntheseHorizon;
  what: string;
  who: string | null;
  /** ISO date or null. */
  byWhen: string | null;
  resources: string | null;
  funding: string | null;
  status: string;
}

export interface PisteInput {
  title: string;
  status: 'a_explorer' | 'en_enquete' | 'retenue' | 'plan_b' | 'ecartee';
  statusReason: string | null;
  desire: number | null;
  desireWhy: string | null;
  favourableFactors: string | null;
  unfavourableFactors: string | null;
  feasibility: { label: string; reasons: string[] };
}

export interface InstrumentInput {
  /** The instrument's name, e.g. « Centres d’intérêt professionnels (RIASEC) ». */
  name: string;
  /** The day its answers were submitted (ISO). */
  submittedOn: string;
  /** The report's summary for the beneficiary. */
  summary: string[];
  /** The report's cautions (its uncertainty), always carried with the results. */
  cautions: string[];
}

export interface PrefillFacts {
  bilan: {
    /** First séance held (ISO), or null. */
    startedOn: string | null;
    financingLabel: string;
    plannedHours: number;
    /** The préliminaire's record: the analysis of the request (expectations), format, modalities. */
    needAnalysis: string | null;
    format: string | null;
    modalities: string | null;
  };
  competences: { domain: string | null; label: string; kind: CompetenceKind; transferable: boolean }[];
  instruments: InstrumentInput[];
  pistes: PisteInput[];
  steps: ActionStepInput[];
  followUp: { offeredOn: string; response: 'accepted' | 'declined' | null; delayMonths: number } | null;
  /** The organisation's delay before the follow-up interview, in months. */
  followUpDelayMonths: number;
}

/** `2026-11-12` → `12/11/2026`. */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

const KIND_LABELS: Record<CompetenceKind, string> = {
  savoir: 'savoirs',
  savoir_faire: 'savoir-faire',
  savoir_etre: 'savoir-être',
};

/** Known statuses of the action plan's steps; another one is shown as written. */
export const STEP_STATUS_LABELS: Record<string, string> = {
  a_faire: 'À faire',
  a_venir: 'À venir',
  en_cours: 'En cours',
  fait: 'Fait',
  faite: 'Faite',
  termine: 'Terminé',
  abandonne: 'Abandonné',
};

export function stepStatusLabel(status: string): string {
  return STEP_STATUS_LABELS[status] ?? status;
}

/** Keeps a passage within a section's limit (a very long dossier is cut, with an ellipsis). */
function fit(text: string): string {
  const max = SYNTHESE_LIMITS.sectionText;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const clean = (text: string | null | undefined): string | null => {
  const t = text?.trim();
  return t ? t : null;
};

function circonstances(facts: PrefillFacts): Proposal[] {
  const b = facts.bilan;
  const out: Proposal[] = [];
  const hours = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(b.plannedHours);
  out.push({
    sectionKey: 'circonstances',
    source: 'D’après le dossier du bilan',
    text: `${b.startedOn ? `Votre bilan de compétences a commencé le ${frenchDate(b.startedOn)}. ` : ''}Il est financé par : ${b.financingLabel}, et prévoit ${hours} heures d’accompagnement.`,
  });
  const need = clean(b.needAnalysis);
  if (need)
    out.push({
      sectionKey: 'circonstances',
      source: 'D’après la phase préliminaire (analyse de la demande et des attentes)',
      text: fit(need),
    });
  const how = [clean(b.format), clean(b.modalities)].filter((t): t is string => t !== null);
  if (how.length > 0)
    out.push({
      sectionKey: 'circonstances',
      source: 'D’après la phase préliminaire (déroulement convenu)',
      text: fit(how.join('\n\n')),
    });
  return out;
}

function competences(facts: PrefillFacts): Proposal[] {
  const byDomain = new Map<string | null, PrefillFacts['competences']>();
  for (const c of facts.competences) byDomain.set(c.domain, [...(byDomain.get(c.domain) ?? []), c]);
  const ordered = [...byDomain.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : 0));
  return ordered.map(([domain, list]) => {
    const lines = (['savoir_faire', 'savoir_etre', 'savoir'] as const)
      .map((kind) => {
        const items = list.filter((c) => c.kind === kind);
        if (items.length === 0) return null;
        const names = items.map((c) => (c.transferable ? `${c.label} (transférable)` : c.label));
        return `${KIND_LABELS[kind][0]!.toUpperCase()}${KIND_LABELS[kind].slice(1)} : ${names.join(', ')}.`;
      })
      .filter((l): l is string => l !== null);
    return {
      sectionKey: 'competences' as const,
      source: domain ? `D’après le portfolio (domaine « ${domain} »)` : 'D’après le portfolio',
      text: fit(`${domain ? `${domain}\n` : ''}${lines.join('\n')}`),
    };
  });
}

function interets(facts: PrefillFacts): Proposal[] {
  return facts.instruments
    .filter((i) => i.summary.length > 0)
    .map((i) => ({
      sectionKey: 'interets' as const,
      source: `D’après le questionnaire ${i.name} du ${frenchDate(i.submittedOn)}`,
      text: fit(
        [...i.summary, ...(i.cautions.length > 0 ? [`Précautions de lecture : ${i.cautions.join(' ')}`] : [])].join(
          '\n\n',
        ),
      ),
    }));
}

function projets(facts: PrefillFacts): Proposal[] {
  const out: Proposal[] = [];
  for (const piste of facts.pistes) {
    if (piste.status !== 'retenue' && piste.status !== 'plan_b') continue;
    const lines = [
      `${piste.title}${piste.status === 'plan_b' ? ' (projet alternatif)' : ' (projet retenu)'}`,
      piste.desire !== null
        ? `Envie : ${piste.desire} sur 5${clean(piste.desireWhy) ? `. ${clean(piste.desireWhy)}` : '.'}`
        : null,
      `Faisabilité : ${piste.feasibility.label.toLowerCase()}.${piste.feasibility.reasons.length > 0 ? ` ${piste.feasibility.reasons.join(' ')}` : ''}`,
      clean(piste.favourableFactors) ? `Facteurs favorables : ${clean(piste.favourableFactors)}` : null,
      clean(piste.unfavourableFactors) ? `Facteurs défavorables : ${clean(piste.unfavourableFactors)}` : null,
    ].filter((l): l is string => l !== null);
    out.push({
      sectionKey: 'projets',
      source: `D’après les pistes explorées (« ${piste.title} »)`,
      text: fit(lines.join('\n')),
    });
  }
  const setAside = facts.pistes.filter((p) => p.status === 'ecartee');
  if (setAside.length > 0)
    out.push({
      sectionKey: 'projets',
      source: 'D’après les pistes explorées (pistes écartées)',
      text: fit(
        `Pistes explorées puis écartées :\n${setAside.map((p) => `${p.title}${clean(p.statusReason) ? ` : ${clean(p.statusReason)}` : ''}`).join('\n')}`,
      ),
    });
  return out;
}

function etapes(facts: PrefillFacts): Proposal[] {
  return (['court', 'moyen', 'long'] as const)
    .map((horizon): Proposal | null => {
      const steps = facts.steps.filter((s) => s.horizon === horizon);
      if (steps.length === 0) return null;
      const lines = steps.map((s) => {
        const details = [
          clean(s.who) ? `qui : ${clean(s.who)}` : null,
          s.byWhen ? `d’ici le ${frenchDate(s.byWhen)}` : null,
          clean(s.resources) ? `moyens : ${clean(s.resources)}` : null,
          clean(s.funding) ? `financement : ${clean(s.funding)}` : null,
        ].filter((d): d is string => d !== null);
        return `${s.what}${details.length > 0 ? ` (${details.join(' ; ')})` : ''}`;
      });
      return {
        sectionKey: 'etapes',
        source: `D’après le plan d’action (${SYNTHESE_HORIZON_LABELS[horizon].toLowerCase()})`,
        text: fit(`${SYNTHESE_HORIZON_LABELS[horizon]} :\n${lines.join('\n')}`),
      };
    })
    .filter((p): p is Proposal => p !== null);
}

function suivi(facts: PrefillFacts): Proposal[] {
  const months = facts.followUp?.delayMonths ?? facts.followUpDelayMonths;
  const base = `Un entretien de suivi vous est proposé environ ${months} mois après la fin du bilan, pour faire le point sur la mise en œuvre de votre projet.`;
  if (!facts.followUp)
    return [
      { sectionKey: 'suivi', source: 'Texte type proposé par Sillage (aucune offre de suivi enregistrée)', text: base },
    ];
  const answer =
    facts.followUp.response === 'accepted'
      ? ' Vous l’avez accepté : nous vous recontacterons à l’approche de cette date.'
      : facts.followUp.response === 'declined'
        ? ' Vous l’avez décliné ; vous pouvez revenir vers nous si vous changez d’avis.'
        : '';
  return [
    {
      sectionKey: 'suivi',
      source: `D’après l’offre de suivi du ${frenchDate(facts.followUp.offeredOn)}`,
      text: `${base}${answer}`,
    },
  ];
}

/** Every passage proposed from the facts, in the document's order. */
export function prefill(facts: PrefillFacts): Proposal[] {
  return [
    ...circonstances(facts),
    ...competences(facts),
    ...interets(facts),
    ...projets(facts),
    ...etapes(facts),
    { sectionKey: 'confidentialite', source: CONFIDENTIALITY_SOURCE, text: CONFIDENTIALITY_NOTICE },
    ...suivi(facts),
  ];
}

/** Appends an accepted passage to a section's text (a blank line between paragraphs). */
export function appendPassage(text: string, passage: string): string {
  return text.trim() === '' ? passage : `${text.replace(/\s+$/, '')}\n\n${passage}`;
}
