/**
 * The French e-mails of the destruction at the end: the warning when the bilan ends and a few
 * days before. No bilan content in any of them; the link leads to the beneficiary's space.
 */
import { formatDateFr, pluralFr } from '../../shared/rules/format.ts';
import type { PlainDate } from '../../shared/calendar/plain-date.ts';
import { composeEmail, teamSignature, type EmailMessage } from '../../email/domain/message.ts';

export function destructionWarningEmail(facts: {
  firstName: string;
  organisationName: string;
  dueOn: PlainDate;
  daysLeft: number;
  atEnd: boolean;
  url: string;
}): EmailMessage {
  const when = `le ${formatDateFr(facts.dueOn)}`;
  return composeEmail({
    subject: facts.atEnd
      ? `Votre bilan est terminé : vos documents seront détruits ${when}`
      : `Rappel : vos documents de bilan seront détruits ${when}`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      facts.atEnd
        ? `Votre bilan de compétences est terminé. Comme la loi le prévoit (article R6313-7 du Code du travail), les documents élaborés pour sa réalisation (résultats, parcours, pistes, plan d’action, synthèse) seront détruits ${when}, dans ${pluralFr(facts.daysLeft, 'jour', 'jours')}.`
        : `Les documents élaborés pour votre bilan de compétences seront détruits ${when}, dans ${pluralFr(facts.daysLeft, 'jour', 'jours')}.`,
      'D’ici là, vous pouvez télécharger vos données depuis votre espace. Vous pouvez aussi demander par écrit à en conserver certaines, pour une durée limitée (trois ans au plus).',
      'Les documents administratifs (présence, heures, financement, certificat de réalisation) sont conservés : ils ne contiennent rien du contenu de votre bilan.',
    ],
    action: { label: 'Télécharger mes données', url: facts.url },
    signature: teamSignature(facts.organisationName),
  });
}
