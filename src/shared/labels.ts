/**
 * French labels for domain values, shared by the web app, e-mails and documents.
 */
import type { NextStepView, UnmetConditionView } from '../bilans/contracts/schemas.ts';
import type { Financing } from '../financing/domain/catalog.ts';
import type { Phase } from '../bilans/domain/phases.ts';
import type { Role } from '../accounts/domain/users.ts';

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

export const FINANCING_LABELS: Record<Financing, string> = {
  cpf: 'Compte personnel de formation (CPF)',
  employer_plan: 'Plan de développement des compétences de l’employeur',
  opco: 'OPCO',
  transitions_pro: 'Transitions Pro',
  france_travail: 'France Travail',
  self_funded: 'Financement personnel',
  public_agent: 'Agent·e public·que (employeur public)',
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrateur·rice',
  consultant: 'Consultant·e',
  beneficiary: 'Bénéficiaire',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'organisation.created': 'Organisme créé',
  'auth.login_succeeded': 'Connexion',
  'auth.login_failed': 'Échec de connexion',
  'auth.login_blocked': 'Connexion bloquée (trop de tentatives)',
  'auth.logged_out': 'Déconnexion',
  'auth.password_reset_requested': 'Demande de réinitialisation du mot de passe',
  'auth.password_reset': 'Mot de passe réinitialisé',
  'invitation.created': 'Invitation envoyée',
  'invitation.resent': 'Invitation renvoyée',
  'invitation.revoked': 'Invitation annulée',
  'invitation.accepted': 'Invitation acceptée',
  'invitation.expired': 'Invitation expirée',
  'bilan.created': 'Bilan créé',
  'bilan.viewed': 'Dossier de bilan consulté',
  'bilan.phase_changed': 'Changement de phase',
  'outbox.message_viewed': 'Courriel consulté dans la boîte d’envoi',
  'bilan.consent_given': 'Consentement donné',
  'bilan.consent_refused': 'Consentement refusé',
  'bilan.charter_signed': 'Charte des engagements signée',
  'bilan.record_updated': 'Suivi de phase mis à jour',
  'seance.planned': 'Séance planifiée',
  'seance.rescheduled': 'Séance déplacée',
  'seance.cancelled': 'Séance annulée',
  'seance.held': 'Séance réalisée',
  'seance.no_show': 'Absence à une séance',
  'seance.attendance_signed': 'Émargement signé',
  // After the bilan.
  'follow_up.offered': 'Entretien de suivi proposé',
  'follow_up.answered': 'Réponse à la proposition d’entretien de suivi',
  'follow_up.recorded': 'Entretien de suivi enregistré',
  'edof.declared': 'Déclaration EDOF enregistrée',
  // Intake (issue 3)
  'organisation.profile_updated': 'Profil de l’organisme modifié',
  'offer.created': 'Offre créée',
  'offer.updated': 'Offre modifiée',
  'lead.received': 'Demande reçue par la page publique',
  'lead.status_changed': 'Statut d’une demande modifié',
  'lead.assigned': 'Demande attribuée',
  'lead.interview_planned': 'Entretien préalable planifié',
  'lead.interview_recorded': 'Entretien préalable enregistré',
  'lead.converted': 'Demande convertie en bilan',
  // Documents, signatures and financing (decision 015).
  'financing.updated': 'Financement mis à jour',
  'financing.status_changed': 'Statut du financement modifié',
  'document.generated': 'Document produit',
  'document.signed': 'Document signé',
  'document.link_sent': 'Lien de signature envoyé à l’employeur',
  // External licensed tests (decision 018).
  'external_test.recorded': 'Résultat de test d’éditeur enregistré',
  'external_test.updated': 'Résultat de test d’éditeur modifié',
  'external_test.deleted': 'Résultat de test d’éditeur supprimé',
  'external_test.report_attached': 'Rapport PDF de l’éditeur joint',
  'external_test.report_removed': 'Rapport PDF de l’éditeur retiré',
  // Questionnaires and instruments.
  'questionnaire.assigned': 'Questionnaire proposé',
  'questionnaire.submitted': 'Questionnaire envoyé',
  'questionnaire.commented': 'Commentaire sur une réponse',
  'questionnaire.debriefed': 'Notes de restitution enregistrées',
  'questionnaire.withdrawn': 'Questionnaire retiré',
  'worksheet.created': 'Cahier d’étape créé',
  'worksheet.deleted': 'Cahier d’étape supprimé de la bibliothèque',
  'feedback.invited': 'Personne invitée à donner son regard (360°)',
  'feedback.revoked': 'Invitation au regard des autres retirée',
  'worksheet.updated': 'Cahier d’étape modifié',
};

export const FOLLOW_UP_STATE_LABELS: Record<
  'offered' | 'declined' | 'accepted' | 'planned' | 'held' | 'missed',
  string
> = {
  offered: 'Proposé, en attente de réponse',
  declined: 'Décliné par le ou la bénéficiaire',
  accepted: 'Accepté : la date sera fixée à la fin du bilan',
  planned: 'Prévu',
  held: 'Réalisé',
  missed: 'Non réalisé',
};

export const FOLLOW_UP_OUTCOME_LABELS: Record<
  'project_done' | 'project_in_progress' | 'project_preparing' | 'project_changed' | 'project_paused' | 'missed',
  string
> = {
  project_done: 'Projet réalisé',
  project_in_progress: 'Projet en cours de réalisation',
  project_preparing: 'Projet en préparation',
  project_changed: 'Projet modifié',
  project_paused: 'Projet en pause',
  missed: 'Entretien non réalisé (pas de réponse ou absence)',
};

export const EDOF_KIND_LABELS: Record<'entry' | 'exit', string> = {
  entry: 'Entrée en formation',
  exit: 'Sortie et service fait',
};

/** "18 h 30" from minutes, with non-breaking spaces (it never wraps inside). */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}\u00a0h` : `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}`;
}

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

export const SEANCE_STATUS_LABELS: Record<'planned' | 'held' | 'cancelled' | 'no_show', string> = {
  planned: 'Planifiée',
  held: 'Réalisée',
  cancelled: 'Annulée',
  no_show: 'Absence',
};

export const SEANCE_MODE_LABELS: Record<'in_person' | 'remote' | 'personal_work', string> = {
  in_person: 'En présentiel',
  remote: 'À distance (visioconférence)',
  personal_work: 'Travail personnel',
};

// Questionnaires and instruments.
export const ASSIGNMENT_STATUS_LABELS: Record<'to_do' | 'in_progress' | 'submitted' | 'withdrawn', string> = {
  to_do: 'À commencer',
  in_progress: 'En cours',
  submitted: 'Envoyé',
  withdrawn: 'Retiré',
};
