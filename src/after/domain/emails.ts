/**
 * The French e-mails after the bilan: the follow-up offer, plan and reminder, the evaluation
 * links, the EDOF declaration reminder. No bilan content in any of them.
 */
import { formatDateFr } from '../../shared/rules/format.ts';
import type { PlainDate } from '../../shared/calendar/plain-date.ts';
import { composeEmail, STAFF_NOTICE_SIGNATURE, teamSignature, type EmailMessage } from '../../email/domain/message.ts';

export function followUpOfferedEmail(facts: {
  firstName: string;
  consultantName: string;
  organisationName: string;
  months: number;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject: 'Un entretien de suivi après votre bilan',
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      `${facts.consultantName} (${facts.organisationName}) vous propose un entretien de suivi environ ${facts.months} mois après la fin de votre bilan : faire le point sur votre projet et votre plan d’action, et relancer ce qui doit l’être.`,
      'Il est gratuit et sans obligation. Dites-nous si vous le souhaitez depuis votre espace.',
    ],
    action: { label: 'Répondre depuis mon espace', url: facts.url },
    signature: teamSignature(facts.organisationName),
  });
}

export function followUpPlannedEmail(facts: {
  firstName: string;
  organisationName: string;
  dueOn: PlainDate;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject: `Votre entretien de suivi vers le ${formatDateFr(facts.dueOn)}`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      `Votre bilan de compétences est terminé. Comme convenu, ${facts.organisationName} vous recontactera pour l’entretien de suivi, prévu vers le ${formatDateFr(facts.dueOn)}.`,
      'Vous recevrez un rappel deux semaines avant.',
    ],
    action: { label: 'Voir mon espace', url: facts.url },
    signature: teamSignature(facts.organisationName),
  });
}

export function followUpReminderEmail(facts: {
  firstName: string;
  organisationName: string;
  otherName: string;
  forConsultant: boolean;
  dueOn: PlainDate;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject: `Entretien de suivi à prévoir vers le ${formatDateFr(facts.dueOn)}`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: facts.forConsultant
      ? [
          `L’entretien de suivi de ${facts.otherName} est prévu vers le ${formatDateFr(facts.dueOn)}. Prenez contact pour fixer le rendez-vous, puis enregistrez son résultat dans Sillage.`,
        ]
      : [
          `Votre entretien de suivi avec ${facts.otherName} approche : il est prévu vers le ${formatDateFr(facts.dueOn)}. Votre consultant·e va vous proposer un rendez-vous.`,
        ],
    action: { label: facts.forConsultant ? 'Voir le bilan' : 'Voir mon espace', url: facts.url },
    signature: teamSignature(facts.organisationName),
  });
}

export function evaluationEmail(facts: {
  firstName: string;
  organisationName: string;
  kind: 'chaud' | 'froid';
  expiresOn: PlainDate;
  url: string;
}): EmailMessage {
  const chaud = facts.kind === 'chaud';
  return composeEmail({
    subject: chaud ? 'Votre avis sur votre bilan de compétences' : 'Votre bilan de compétences, quelques mois après',
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      chaud
        ? `Votre bilan de compétences avec ${facts.organisationName} se termine. Pouvez-vous nous dire en cinq minutes ce que vous en avez pensé ?`
        : `Quelques mois ont passé depuis votre bilan de compétences avec ${facts.organisationName}. Pouvez-vous nous dire en cinq minutes ce qu’il vous a apporté ?`,
      'Vos réponses restent dans l’organisme : elles ne sont transmises ni à votre employeur ni à votre financeur.',
    ],
    action: { label: 'Répondre au questionnaire', url: facts.url },
    notes: [`Ce lien personnel est valable jusqu’au ${formatDateFr(facts.expiresOn)} et ne sert qu’une fois.`],
    signature: teamSignature(facts.organisationName),
  });
}

export function edofReminderEmail(facts: {
  firstName: string;
  beneficiaryName: string;
  kind: 'entry' | 'exit';
  deadline: PlainDate;
  url: string;
}): EmailMessage {
  const what = facts.kind === 'entry' ? 'l’entrée en formation' : 'la sortie et le service fait';
  return composeEmail({
    subject: `EDOF : déclarer ${what} de ${facts.beneficiaryName} avant le ${formatDateFr(facts.deadline)}`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      `Le bilan de ${facts.beneficiaryName} est financé par le CPF : déclarez ${what} sur EDOF au plus tard le ${formatDateFr(facts.deadline)}, puis indiquez-le dans Sillage.`,
    ],
    action: { label: 'Voir le bilan', url: facts.url },
    signature: STAFF_NOTICE_SIGNATURE,
  });
}
