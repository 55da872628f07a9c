/**
 * The French e-mails of intake: the acknowledgement sent to a person who used the contact form,
 * and the notice sent to the organisation's admins. Neither repeats the person's message.
 */
import { composeEmail, teamSignature, type EmailMessage } from '../../email/domain/message.ts';
import { describeNewSlot, describeSlot } from '../../seances/domain/emails.ts';

export function contactAcknowledgementEmail(input: {
  firstName: string;
  organisationName: string;
  firstAnswerDays: number | null;
}): EmailMessage {
  const delay = input.firstAnswerDays
    ? `${input.organisationName} s’engage à vous répondre dans un délai de ${input.firstAnswerDays} jour${input.firstAnswerDays > 1 ? 's' : ''}.`
    : `${input.organisationName} vous répondra dans les meilleurs délais.`;
  return composeEmail({
    subject: `Votre demande à ${input.organisationName} est bien reçue`,
    greeting: `Bonjour ${input.firstName},`,
    paragraphs: [
      `Nous avons bien reçu votre demande d’information sur le bilan de compétences. ${delay}`,
      'La prochaine étape est un entretien préalable, gratuit et sans engagement : vous y présentez votre situation et vos attentes, et nous vérifions ensemble qu’un bilan de compétences vous convient.',
      'Nous ne vous demanderons jamais vos identifiants Mon Compte Formation, le solde de votre compte personnel de formation ni votre numéro de sécurité sociale.',
    ],
    notes: [
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : vos coordonnées ne seront pas utilisées.',
    ],
    signature: teamSignature(input.organisationName),
  });
}

export function newLeadEmail(input: {
  firstName: string;
  organisationName: string;
  leadName: string;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject: `Nouvelle demande de ${input.leadName}`,
    greeting: `Bonjour ${input.firstName},`,
    paragraphs: [
      `${input.leadName} a envoyé une demande depuis la page publique de ${input.organisationName} sur Sillage.`,
    ],
    action: { label: 'Voir la demande', url: input.url },
    notes: ['Pensez à respecter le délai de première réponse publié sur votre page.'],
    signature: teamSignature(input.organisationName),
  });
}

export interface InterviewEmailFacts {
  firstName: string;
  organisationName: string;
  consultantName: string;
  startsAt: Date;
  endsAt: Date;
  mode: 'in_person' | 'remote' | 'phone';
  place: string | null;
  link: string | null;
  phone: string | null;
  contactEmail: string | null;
  moved: boolean;
}

/** The invitation to the entretien préalable (the calendar file is attached by the service). */
export function interviewPlannedEmail(facts: InterviewEmailFacts): EmailMessage {
  const slot = describeSlot(facts.startsAt, facts.endsAt);
  const newSlot = describeNewSlot(facts.startsAt, facts.endsAt);
  const where =
    facts.mode === 'in_person'
      ? `L’entretien aura lieu en présentiel : ${facts.place ?? ''}.`
      : facts.mode === 'remote'
        ? `L’entretien aura lieu par visioconférence : ${facts.link ?? ''}`
        : facts.phone
          ? `L’entretien aura lieu par téléphone : ${facts.consultantName} vous appellera au ${facts.phone}.`
          : `L’entretien aura lieu par téléphone : ${facts.consultantName} vous appellera.`;
  return composeEmail({
    subject: facts.moved ? `Votre entretien préalable est déplacé ${newSlot}` : `Votre entretien préalable ${slot}`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      facts.moved
        ? `Votre entretien préalable avec ${facts.consultantName} (${facts.organisationName}) est déplacé ${newSlot}.`
        : `${facts.consultantName} (${facts.organisationName}) vous propose un entretien préalable ${slot}.`,
      where,
      'Cet entretien est gratuit et sans engagement : vous présentez votre situation et vos attentes ; nous vous présentons le déroulement d’un bilan de compétences, ses outils, ses conditions et ses financements, et nous vérifions ensemble qu’il vous convient.',
      facts.contactEmail
        ? `Si ce créneau ne vous convient pas, écrivez-nous à ${facts.contactEmail}. L’invitation jointe ajoute l’entretien à votre agenda.`
        : 'Si ce créneau ne vous convient pas, prévenez-nous. L’invitation jointe ajoute l’entretien à votre agenda.',
    ],
    signature: teamSignature(facts.organisationName),
  });
}
