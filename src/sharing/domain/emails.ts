/**
 * The e-mail to a share's recipient (decision 045): who shares, what, until when, that the link
 * opens once, that the documents are confidential and their use limited. The beneficiary's name
 * and the documents' names only: nothing of their content.
 */
import { composeEmail, teamSignature, type EmailMessage } from '../../email/domain/message.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { DOCUMENT_LABELS, type SharedDocument } from '../contracts/schemas.ts';
import { VISIT_MINUTES } from './rules.ts';

export function shareEmail(facts: {
  beneficiaryName: string;
  recipientName: string;
  organisationName: string;
  documents: SharedDocument[];
  lastDay: string;
  url: string;
  resent: boolean;
}): EmailMessage {
  const what = facts.documents.map((d) => DOCUMENT_LABELS[d].toLowerCase());
  const list = what.length > 1 ? `${what.slice(0, -1).join(', ')} et ${what.at(-1)}` : what[0];
  const until = formatDateFr(parsePlainDate(facts.lastDay));
  return composeEmail({
    subject: `${facts.beneficiaryName} partage avec vous des documents de son bilan de compétences`,
    greeting: `Bonjour ${facts.recipientName},`,
    paragraphs: [
      `${facts.beneficiaryName} réalise un bilan de compétences avec ${facts.organisationName} et a choisi de partager avec vous : ${list}.`,
      ...(facts.resent ? ['Ce lien remplace celui reçu précédemment, qui ne fonctionne plus.'] : []),
      `Le lien ci-dessous peut être ouvert jusqu’au ${until} inclus, une seule fois : une fois ouvert, vous disposez de ${VISIT_MINUTES} minutes pour télécharger les documents.`,
      'Ces documents sont confidentiels. Ils vous sont confiés pour l’usage que vous a indiqué la personne qui les partage : ne les transmettez pas à d’autres personnes et ne les conservez que le temps nécessaire. Elle peut retirer ce partage à tout moment et voit quand le lien est ouvert et quels documents sont téléchargés.',
    ],
    action: { label: 'Consulter les documents partagés', url: facts.url },
    notes: [
      'Ce lien personnel vous est destiné : ne le transférez pas. Si vous n’attendiez pas ce message, ignorez-le simplement.',
    ],
    signature: teamSignature(facts.organisationName),
  });
}
