/**
 * The Qualiopi evidence of an organisation (legal.md ): for each indicator that
 * applies to bilans, what Sillage holds as proof over a period (counts and dates, never a bilan's
 * content), what is missing (« À compléter »), and what the organisation keeps outside Sillage.
 * Pure: fed by one read of counts (`data/evidence-facts.ts`), `today` passed in.
 */
import { frenchCount } from '../../portfolio/domain/portfolio.ts';
import { BILAN_INDICATORS, INDICATOR_TITLES, type BilanIndicator } from './qualiopi-indicators.ts';
import { resultsAreStale } from './results.ts';

export interface EvidenceFacts {
  organisation: {
    publicPageEnabled: boolean;
    /** Identity shown on the public page: address, a phone or e-mail, SIRET, NDA. */
    hasAddress: boolean;
    hasContact: boolean;
    hasSiret: boolean;
    hasNda: boolean;
    hasAccessibilityConditions: boolean;
    hasReferentHandicap: boolean;
    hasReferentContact: boolean;
    activeConsultants: number;
  };
  offers: { active: number; withoutDescription: number; withoutAccessDelay: number };
  /** Bilans whose life crosses the period (started before its end, open or ended after its start). */
  bilans: {
    inPeriod: number;
    /** Of those, the bilans that went from the préliminaire to the investigation; the `with…` below count among them. */
    pastPreliminary: number;
    withNeedAnalysis: number;
    withFormat: number;
    withModalities: number;
    withConsent: number;
    withCharterSigned: number;
    withContract: number;
    /** Ended in the period (closed). */
    completed: number;
    abandoned: number;
    abandonedWithReason: number;
    completedWithSynthesisDelivered: number;
    completedWithFollowUpOffered: number;
    completedWithHotEvaluation: number;
  };
  seances: { held: number; signedByBoth: number; noShows: number; remindersSent: number };
  evaluations: { hotSent: number; hotAnswered: number; coldSent: number; coldAnswered: number };
  followUps: { held: number };
  complaints: { received: number; open: number; unacknowledged: number; resolved: number; withAction: number };
  actions: {
    recorded: number;
    open: number;
    overdue: number;
    done: number;
    doneWithoutEffect: number;
    fromComplaints: number;
    fromEvaluations: number;
    fromVeille: number;
  };
  /** The day the results on the public page were computed, if ever. */
  resultsPublishedOn: string | null;
}

export type EvidenceStatus = 'tenu' | 'a_completer' | 'hors_sillage';

export interface IndicatorEvidence {
  indicator: BilanIndicator;
  title: string;
  status: EvidenceStatus;
  /** What Sillage holds: a French label and its value (a count, a rate, a date). */
  evidence: { label: string; value: string }[];
  /** What is missing, in French, for the status « À compléter ». */
  gaps: string[];
  /** What the organisation keeps outside Sillage for this indicator. */
  outside: string[];
}

const n = (count: number) => frenchCount(count);
const ofTotal = (part: number, whole: number) => `${n(part)} sur ${n(whole)}`;
const rate = (part: number, whole: number) =>
  whole === 0 ? 'pas encore de données' : `${Math.round((part / whole) * 100)} % (${ofTotal(part, whole)})`;
const frenchDate = (iso: string) => iso.split('-').reverse().join('/');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count > 1 ? many : one}`;

type Rule = (
  f: EvidenceFacts,
  today: string,
) => Omit<IndicatorEvidence, 'indicator' | 'title' | 'status'> & {
  /** The indicator rests on records kept outside Sillage even when nothing is missing here. */
  mainlyOutside?: boolean;
};

/** « n bilans past the préliminaire without X »: the gap when some lack it. */
const missingAmong = (f: EvidenceFacts, have: number, what: string): string[] =>
  have < f.bilans.pastPreliminary
    ? [`${plural(f.bilans.pastPreliminary - have, 'bilan passé', 'bilans passés')} en investigation sans ${what}.`]
    : [];

const RULES: Record<BilanIndicator, Rule> = {
  1: (f) => {
    const gaps: string[] = [];
    const o = f.organisation;
    if (!o.publicPageEnabled) gaps.push('La page publique de l’organisme n’est pas en ligne.');
    if (f.offers.active === 0) gaps.push('Aucune offre active n’est publiée.');
    if (f.offers.withoutDescription > 0)
      gaps.push(
        `${plural(f.offers.withoutDescription, 'offre active', 'offres actives')} sans description (objectifs, méthodes, déroulement).`,
      );
    if (f.offers.withoutAccessDelay > 0)
      gaps.push(`${plural(f.offers.withoutAccessDelay, 'offre active', 'offres actives')} sans délai d’accès.`);
    if (!o.hasContact) gaps.push('Aucun téléphone ni adresse e-mail de contact.');
    if (!o.hasAddress) gaps.push('L’adresse de l’organisme manque.');
    if (!o.hasAccessibilityConditions)
      gaps.push('Les conditions d’accessibilité aux personnes handicapées ne sont pas décrites.');
    return {
      evidence: [
        { label: 'Page publique', value: o.publicPageEnabled ? 'en ligne' : 'hors ligne' },
        { label: 'Offres actives publiées (durée, modalité, prix, délai d’accès)', value: n(f.offers.active) },
      ],
      gaps,
      outside: ['Les prérequis et modalités d’évaluation s’ils ne figurent pas dans la description des offres.'],
    };
  },
  2: (f, today) => {
    const gaps: string[] = [];
    if (f.resultsPublishedOn === null)
      gaps.push('Aucun résultat n’est publié sur la page publique : publiez-les depuis cette page.');
    else if (resultsAreStale(f.resultsPublishedOn, today))
      gaps.push('Les résultats publiés datent de plus de douze mois : mettez-les à jour.');
    if (!f.organisation.publicPageEnabled)
      gaps.push('La page publique, qui affiche les résultats, n’est pas en ligne.');
    return {
      evidence: [
        { label: 'Résultats publiés le', value: f.resultsPublishedOn ? frenchDate(f.resultsPublishedOn) : 'jamais' },
        { label: 'Bilans terminés sur la période', value: n(f.bilans.completed + f.bilans.abandoned) },
      ],
      gaps,
      outside: [],
    };
  },
  4: (f) => ({
    evidence: [
      { label: 'Bilans en cours ou terminés sur la période', value: n(f.bilans.inPeriod) },
      { label: 'Passés en investigation (les preuves ci-dessous les comptent)', value: n(f.bilans.pastPreliminary) },
      { label: 'Analyse du besoin enregistrée', value: ofTotal(f.bilans.withNeedAnalysis, f.bilans.pastPreliminary) },
    ],
    gaps: missingAmong(f, f.bilans.withNeedAnalysis, 'analyse du besoin enregistrée'),
    outside: [],
  }),
  5: (f) => ({
    evidence: [
      {
        label: 'Format et objectifs du bilan déterminés',
        value: ofTotal(f.bilans.withFormat, f.bilans.pastPreliminary),
      },
    ],
    gaps: missingAmong(f, f.bilans.withFormat, 'format ni objectifs déterminés'),
    outside: [],
  }),
  6: (f) => ({
    evidence: [
      { label: 'Modalités et calendrier convenus', value: ofTotal(f.bilans.withModalities, f.bilans.pastPreliminary) },
    ],
    gaps: missingAmong(f, f.bilans.withModalities, 'modalités convenues'),
    outside: [],
  }),
  9: (f) => ({
    evidence: [
      { label: 'Consentement au bilan recueilli', value: ofTotal(f.bilans.withConsent, f.bilans.pastPreliminary) },
      {
        label: 'Charte des engagements (déontologie, confidentialité) signée par la ou le bénéficiaire',
        value: ofTotal(f.bilans.withCharterSigned, f.bilans.pastPreliminary),
      },
    ],
    gaps: [
      ...missingAmong(f, f.bilans.withConsent, 'consentement recueilli'),
      ...missingAmong(f, f.bilans.withCharterSigned, 'charte d’engagements signée'),
    ],
    outside: [],
  }),
  10: (f) => {
    const unsigned = f.seances.held - f.seances.signedByBoth;
    return {
      evidence: [
        {
          label: 'Contrat ou convention signés, ou commande CPF',
          value: ofTotal(f.bilans.withContract, f.bilans.pastPreliminary),
        },
        { label: 'Séances réalisées', value: n(f.seances.held) },
        { label: 'Séances émargées par les deux personnes', value: ofTotal(f.seances.signedByBoth, f.seances.held) },
      ],
      gaps: [
        ...missingAmong(f, f.bilans.withContract, 'contrat, convention signés ni commande CPF'),
        ...(unsigned > 0
          ? [`${plural(unsigned, 'séance réalisée', 'séances réalisées')} sans le double émargement.`]
          : []),
      ],
      outside: [],
    };
  },
  11: (f) => {
    const missing = f.bilans.completed - f.bilans.completedWithSynthesisDelivered;
    return {
      evidence: [
        { label: 'Bilans clôturés sur la période', value: n(f.bilans.completed) },
        {
          label: 'Documents de synthèse remis',
          value: ofTotal(f.bilans.completedWithSynthesisDelivered, f.bilans.completed),
        },
      ],
      gaps:
        missing > 0
          ? [`${plural(missing, 'bilan clôturé', 'bilans clôturés')} sans remise de la synthèse enregistrée.`]
          : [],
      outside: [],
    };
  },
  12: (f) => {
    const noReason = f.bilans.abandoned - f.bilans.abandonedWithReason;
    return {
      evidence: [
        { label: 'Abandons sur la période', value: n(f.bilans.abandoned) },
        {
          label: 'Abandons dont le motif est enregistré',
          value: ofTotal(f.bilans.abandonedWithReason, f.bilans.abandoned),
        },
        { label: 'Absences enregistrées', value: n(f.seances.noShows) },
        { label: 'Rappels de séance envoyés', value: n(f.seances.remindersSent) },
      ],
      gaps: noReason > 0 ? [`${plural(noReason, 'abandon', 'abandons')} sans motif enregistré.`] : [],
      outside: [],
    };
  },
  17: () => ({
    evidence: [],
    gaps: [],
    outside: [
      'Le registre des moyens : locaux garantissant la confidentialité, outil de visioconférence, équipements.',
    ],
    mainlyOutside: true,
  }),
  18: (f) => ({
    evidence: [
      {
        label: 'Consultant·es actif·ves, chaque bilan ayant sa ou son consultant·e',
        value: n(f.organisation.activeConsultants),
      },
    ],
    gaps: f.organisation.activeConsultants === 0 ? ['Aucun·e consultant·e actif·ve.'] : [],
    outside: ['Les comptes rendus de réunions d’équipe et la coordination avec les intervenant·es externes.'],
  }),
  19: () => ({
    evidence: [],
    gaps: [],
    outside: ['L’inventaire des outils et tests mis à disposition, avec leurs licences.'],
    mainlyOutside: true,
  }),
  21: () => ({
    evidence: [],
    gaps: [],
    outside: ['Les dossiers des consultant·es : CV, diplômes, habilitations aux tests.'],
    mainlyOutside: true,
  }),
  22: () => ({
    evidence: [],
    gaps: [],
    outside: ['Le suivi des formations et de la supervision (analyse de pratique) des consultant·es.'],
    mainlyOutside: true,
  }),
  23: (f) => veille(f, 'Le journal de veille légale et réglementaire (date, source, résumé, suite donnée).'),
  24: (f) => veille(f, 'Le journal de veille sur les métiers, les compétences et les emplois.'),
  25: (f) => veille(f, 'Le journal de veille sur les innovations pédagogiques et technologiques.'),
  26: (f) => {
    const o = f.organisation;
    const gaps: string[] = [];
    if (!o.hasReferentHandicap) gaps.push('Aucun·e référent·e handicap n’est désigné·e.');
    else if (!o.hasReferentContact) gaps.push('Le ou la référent·e handicap n’a ni adresse e-mail ni téléphone.');
    if (!o.hasAccessibilityConditions)
      gaps.push('Les conditions d’accessibilité ne sont pas décrites sur la page publique.');
    return {
      evidence: [
        { label: 'Référent·e handicap désigné·e', value: o.hasReferentHandicap ? 'oui' : 'non' },
        { label: 'Conditions d’accessibilité publiées', value: o.hasAccessibilityConditions ? 'oui' : 'non' },
      ],
      gaps,
      outside: ['Le réseau de partenaires handicap mobilisable (Agefiph, Cap emploi, etc.) et les plans d’adaptation.'],
    };
  },
  27: () => ({
    evidence: [],
    gaps: [],
    outside: [
      'Si vous sous-traitez ou faites appel au portage salarial : le registre des sous-traitants et la vérification de leur conformité.',
    ],
    mainlyOutside: true,
  }),
  30: (f) => {
    const notSent = f.bilans.completed - f.bilans.completedWithHotEvaluation;
    return {
      evidence: [
        { label: 'Évaluations à chaud : envoyées', value: n(f.evaluations.hotSent) },
        {
          label: 'Évaluations à chaud : taux de réponse',
          value: rate(f.evaluations.hotAnswered, f.evaluations.hotSent),
        },
        { label: 'Évaluations à froid : envoyées', value: n(f.evaluations.coldSent) },
        {
          label: 'Évaluations à froid : taux de réponse',
          value: rate(f.evaluations.coldAnswered, f.evaluations.coldSent),
        },
        { label: 'Entretiens de suivi réalisés', value: n(f.followUps.held) },
      ],
      gaps:
        notSent > 0 ? [`${plural(notSent, 'bilan clôturé', 'bilans clôturés')} sans évaluation à chaud envoyée.`] : [],
      outside: ['Les appréciations des financeurs, des employeurs et des consultant·es (au moins une fois par an).'],
    };
  },
  31: (f) => {
    const c = f.complaints;
    const gaps: string[] = [];
    if (c.unacknowledged > 0)
      gaps.push(`${plural(c.unacknowledged, 'réclamation', 'réclamations')} sans accusé de réception.`);
    if (!f.organisation.publicPageEnabled)
      gaps.push(
        'La page publique, qui porte le formulaire de réclamation, n’est pas en ligne : bénéficiaires, employeurs et financeurs ne peuvent pas l’atteindre.',
      );
    return {
      evidence: [
        { label: 'Réclamations et incidents enregistrés sur la période', value: n(c.received) },
        { label: 'En cours de traitement', value: n(c.open) },
        { label: 'Résolues', value: n(c.resolved) },
        { label: 'Liées à une action d’amélioration', value: n(c.withAction) },
      ],
      gaps,
      outside: [],
    };
  },
  32: (f) => {
    const a = f.actions;
    const gaps: string[] = [];
    if (a.overdue > 0)
      gaps.push(`${plural(a.overdue, 'action d’amélioration', 'actions d’amélioration')} en retard sur son échéance.`);
    if (a.doneWithoutEffect > 0)
      gaps.push(`${plural(a.doneWithoutEffect, 'action réalisée', 'actions réalisées')} sans l’effet constaté.`);
    return {
      evidence: [
        { label: 'Actions d’amélioration enregistrées sur la période', value: n(a.recorded) },
        { label: 'Issues de réclamations', value: n(a.fromComplaints) },
        { label: 'Issues des évaluations', value: n(a.fromEvaluations) },
        { label: 'En cours ou prévues', value: n(a.open) },
        { label: 'Réalisées', value: n(a.done) },
      ],
      gaps,
      outside: [],
    };
  },
};

function veille(f: EvidenceFacts, kept: string): ReturnType<Rule> {
  return {
    evidence: [{ label: 'Actions d’amélioration issues de la veille', value: n(f.actions.fromVeille) }],
    gaps: [],
    outside: [kept],
    mainlyOutside: true,
  };
}

/** Every indicator applicable to bilans, in order, with its evidence, gaps and status. */
export function qualiopiEvidence(facts: EvidenceFacts, today: string): IndicatorEvidence[] {
  return BILAN_INDICATORS.map((indicator) => {
    const { mainlyOutside, ...found } = RULES[indicator](facts, today);
    const status: EvidenceStatus = found.gaps.length > 0 ? 'a_completer' : mainlyOutside ? 'hors_sillage' : 'tenu';
    return { indicator, title: INDICATOR_TITLES[indicator], status, ...found };
  });
}
