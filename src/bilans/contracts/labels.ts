/** French labels of the bilan: its phases, what each is for, the next step and why a phase change is refused. */
import type { NextStepView, UnmetConditionView } from './schemas.ts';
import type { Phase } from '../domain/phases.ts';

export const PHASE_LABELS: Record<Phase, string> = {
  preliminaire: 'Phase préliminaire',
  investigation: 'Phase d’investigation',
  conclusion: 'Phase de conclusion',
  cloture: 'Bilan clôturé',
  abandonne: 'Bilan abandonné',
};

export const PHASE_SHORT_LABELS: Record<Phase, string> = {
  preliminaire: 'Préliminaire',
  investigation: 'Investigation',
  conclusion: 'Conclusion',
  cloture: 'Clôturé',
  abandonne: 'Abandonné',
};

/** What each phase is for, in the beneficiary's words. */
export const PHASE_PURPOSES: Record<Phase, string> = {
  preliminaire:
    'Vous analysez votre demande et vos besoins avec votre consultant·e, et vous définissez ensemble le déroulement du bilan.',
  investigation:
    'Vous explorez vos compétences, vos intérêts, vos valeurs et vos motivations, puis des pistes professionnelles.',
  conclusion:
    'Vous vous appropriez les résultats, vous précisez votre projet et ses étapes ; votre document de synthèse est rédigé.',
  cloture: 'Votre bilan est terminé. Un entretien de suivi vous est proposé environ six mois plus tard.',
  abandonne: 'Ce bilan a été interrompu avant son terme.',
};

/** What each phase is for, as the consultant reads it on the bilan page. */
export const PHASE_PURPOSES_FOR_CONSULTANT: Record<Phase, string> = {
  preliminaire:
    'Analyse de la demande et du besoin, choix du format, définition conjointe du déroulement ; consentement et charte d’engagements.',
  investigation:
    'Exploration des compétences, des intérêts, des valeurs et des motivations, puis des pistes professionnelles et de leur faisabilité.',
  conclusion:
    'Appropriation des résultats, projet et plan d’action, rédaction et remise du document de synthèse, proposition d’un entretien de suivi.',
  cloture: 'Le bilan est terminé.',
  abandonne: 'Le bilan a été interrompu avant son terme.',
};

const dateTimeFr = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** The next step of a bilan, as the consultant reads it. */
export function nextStepForConsultant(step: NextStepView): string {
  switch (step.code) {
    case 'none':
      return 'Aucune action attendue';
    case 'await_beneficiary':
      return 'Invitation envoyée : en attente de l’activation du compte par la ou le bénéficiaire';
    case 'resend_invitation':
      return 'Invitation expirée : renvoyer l’invitation';
    case 'next_seance':
      return `Prochaine séance le ${dateTimeFr.format(new Date(step.at))}`;
    case 'plan_seance':
      return 'Planifier la prochaine séance';
  }
}

/** The next step of a bilan, as the beneficiary reads it. */
export function nextStepForBeneficiary(step: NextStepView): string {
  switch (step.code) {
    case 'none':
      return 'Votre bilan est terminé.';
    case 'await_beneficiary':
    case 'resend_invitation':
      return 'Activez votre compte pour commencer.';
    case 'next_seance':
      return `Votre prochaine séance aura lieu le ${dateTimeFr.format(new Date(step.at))}.`;
    case 'plan_seance':
      return 'Votre consultant·e va vous proposer la date de votre prochaine séance.';
  }
}

/** Why a phase change is refused, in words a consultant can act on. */
export function unmetConditionLabel(condition: UnmetConditionView): string {
  switch (condition.code) {
    case 'not_open':
      return 'Ce bilan est terminé : sa phase ne peut plus changer.';
    case 'not_next':
      return `On ne peut passer que de la ${PHASE_LABELS[condition.from].toLowerCase()} à la phase suivante.`;
    case 'reason_required':
      return 'Indiquez la raison de l’abandon.';
    case 'checklist_item':
      return `À faire : ${condition.label}.`;
  }
}
