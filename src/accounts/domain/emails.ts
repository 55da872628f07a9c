/**
 * The French e-mails of accounts and invitations.
 */
import { composeEmail, teamSignature, type EmailMessage } from '../../email/domain/message.ts';

function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
    date,
  );
}

export interface InvitationEmailInput {
  role: 'admin' | 'consultant' | 'beneficiary';
  firstName: string;
  organisationName: string;
  /** Null for the first admin of an organisation created by the operator's command. */
  inviterName: string | null;
  url: string;
  expiresAt: Date;
}

export function invitationEmail(input: InvitationEmailInput): EmailMessage {
  const intro: Record<InvitationEmailInput['role'], string> = {
    admin: `${input.inviterName ? `${input.inviterName} vous invite` : 'Vous êtes invité·e'} à administrer l’espace de ${input.organisationName} sur Sillage, la plateforme de suivi des bilans de compétences.`,
    consultant: `${input.inviterName} vous invite à rejoindre ${input.organisationName} sur Sillage en tant que consultant·e. Vous y suivrez les bilans de compétences qui vous sont confiés.`,
    beneficiary: `${input.inviterName}, votre consultant·e chez ${input.organisationName}, vous invite à ouvrir votre espace personnel sur Sillage pour votre bilan de compétences.`,
  };
  const paragraphs = [intro[input.role]];
  if (input.role === 'beneficiary') {
    paragraphs.push(
      'Dans cet espace, vous retrouverez les étapes de votre bilan, vos rendez-vous et les documents qui vous concernent. Ce que vous y écrivez n’est visible que par vous et votre consultant·e.',
    );
  }
  paragraphs.push('Pour activer votre compte, choisissez votre mot de passe en suivant ce lien :');
  return composeEmail({
    subject: `Invitation à rejoindre ${input.organisationName} sur Sillage`,
    greeting: `Bonjour ${input.firstName},`,
    paragraphs,
    action: { label: 'Activer mon compte', url: input.url },
    notes: [
      `Ce lien ne peut servir qu’une fois et expire le ${formatDateTime(input.expiresAt)}.`,
      'Si vous ne vous attendiez pas à cette invitation, vous pouvez ignorer ce message.',
    ],
    signature: teamSignature(input.organisationName),
  });
}

/**
 * One message per account: an address with accounts in several organisations gets one for each,
 * naming its organisation (decision 027).
 */
export function passwordResetEmail(input: {
  firstName: string;
  organisationName: string;
  url: string;
  expiresAt: Date;
}): EmailMessage {
  return composeEmail({
    subject: `Réinitialisation de votre mot de passe Sillage (${input.organisationName})`,
    greeting: `Bonjour ${input.firstName},`,
    paragraphs: [
      `Une demande de réinitialisation du mot de passe de votre compte Sillage chez ${input.organisationName} a été faite.`,
      'Pour choisir un nouveau mot de passe, suivez ce lien :',
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: input.url },
    notes: [
      `Ce lien ne change que le mot de passe de votre compte chez ${input.organisationName}.`,
      `Ce lien ne peut servir qu’une fois et expire le ${formatDateTime(input.expiresAt)}.`,
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.',
    ],
    signature: teamSignature(input.organisationName),
  });
}

export function passwordChangedEmail(input: { firstName: string; organisationName: string; at: Date }): EmailMessage {
  return composeEmail({
    subject: 'Votre mot de passe Sillage a été modifié',
    greeting: `Bonjour ${input.firstName},`,
    paragraphs: [
      `Le mot de passe de votre compte Sillage chez ${input.organisationName} a été modifié le ${formatDateTime(input.at)}. Toutes les sessions ouvertes de ce compte ont été fermées.`,
      'Si vous n’êtes pas à l’origine de ce changement, contactez sans attendre l’administrateur·rice de votre organisme.',
    ],
    signature: teamSignature(input.organisationName),
  });
}
