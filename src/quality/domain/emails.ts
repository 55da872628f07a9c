/**
 * The notice sent to the organisation's admins when a complaint arrives through the public page.
 * It never repeats the complaint (the admin reads it in the register, signed in).
 */
import { composeEmail, teamSignature, type EmailMessage } from '../../email/domain/message.ts';

export function newComplaintEmail(input: { firstName: string; organisationName: string; url: string }): EmailMessage {
  return composeEmail({
    subject: 'Nouvelle réclamation reçue depuis votre page publique',
    greeting: `Bonjour ${input.firstName},`,
    paragraphs: [
      `Une réclamation a été envoyée depuis la page publique de ${input.organisationName} sur Sillage. Elle est inscrite au registre des réclamations.`,
      'Accusez-en réception auprès de la personne, puis notez dans le registre la date de cet accusé, la réponse apportée et, le cas échéant, l’action d’amélioration qui en découle.',
    ],
    action: { label: 'Ouvrir le registre des réclamations', url: input.url },
    signature: teamSignature(input.organisationName),
  });
}
