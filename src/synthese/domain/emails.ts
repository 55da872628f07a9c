/** The French e-mail telling the beneficiary that a version of their synthesis is ready to read. */
import { composeEmail, teamSignature, type EmailMessage } from '../../email/domain/message.ts';

/** Where the beneficiary reads their synthesis. */
export const BENEFICIARY_SYNTHESE_PATH = '/mon-bilan/synthese';

export function versionPublishedEmail(facts: {
  firstName: string;
  organisationName: string;
  consultantName: string;
  number: number;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject:
      facts.number === 1
        ? 'Votre document de synthèse est prêt à relire'
        : `Nouvelle version de votre document de synthèse (version ${facts.number})`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      facts.number === 1
        ? `${facts.consultantName} vous propose une première version de votre document de synthèse. Vous pouvez la lire et commenter chaque partie dans votre espace Sillage.`
        : `${facts.consultantName} a publié la version ${facts.number} de votre document de synthèse, en tenant compte de vos commentaires. Les changements sont visibles dans votre espace Sillage.`,
      'Quand le texte vous convient, vous pourrez l’approuver en le signant. Ce document vous appartient : il ne sera communiqué à personne sans votre accord écrit.',
    ],
    action: { label: 'Lire ma synthèse', url: facts.url },
    signature: teamSignature(facts.organisationName),
  });
}
