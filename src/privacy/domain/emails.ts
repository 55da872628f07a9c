/**
 * The e-mails of the deadline sweep, to the organisation's admins: a request's deadline is near, or
 * has passed. They name the kind of request and the deadline, never the person or their message.
 */
import { composeEmail, teamSignature, type EmailMessage } from '../../email/domain/message.ts';
import { formatDateFr as longDateFr } from '../../shared/rules/format.ts';
import { REQUEST_KIND_LABELS, type RequestKind } from './model.ts';
import type { PlainDate } from '../../shared/calendar/plain-date.ts';

interface Facts {
  firstName: string;
  organisationName: string;
  kind: RequestKind;
  receivedOn: PlainDate;
  deadline: PlainDate;
  url: string;
}

export function deadlineReminderEmail(facts: Facts): EmailMessage {
  return composeEmail({
    subject: `Demande RGPD : réponse attendue avant le ${longDateFr(facts.deadline)}`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      `Une demande « ${REQUEST_KIND_LABELS[facts.kind]} » reçue le ${longDateFr(facts.receivedOn)} attend sa réponse. La personne doit la recevoir au plus tard le ${longDateFr(facts.deadline)} (un mois après la réception, article 12 du RGPD).`,
      'Si la demande est complexe, le délai peut être prolongé de deux mois : la personne doit en être informée, avec le motif, avant cette date.',
    ],
    action: { label: 'Voir le registre des demandes', url: facts.url },
    signature: teamSignature(facts.organisationName),
  });
}

export function deadlineOverdueEmail(facts: Facts): EmailMessage {
  return composeEmail({
    subject: 'Demande RGPD : le délai de réponse est dépassé',
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      `Une demande « ${REQUEST_KIND_LABELS[facts.kind]} » reçue le ${longDateFr(facts.receivedOn)} devait recevoir sa réponse au plus tard le ${longDateFr(facts.deadline)}. Répondez dès que possible : la personne peut saisir la CNIL.`,
    ],
    action: { label: 'Voir le registre des demandes', url: facts.url },
    signature: teamSignature(facts.organisationName),
  });
}

/** To the admins: a beneficiary has asked in the app. */
export function newRequestEmail(facts: Facts): EmailMessage {
  return composeEmail({
    subject: `Nouvelle demande RGPD : ${REQUEST_KIND_LABELS[facts.kind].toLowerCase()}`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      `Une personne accompagnée a fait une demande « ${REQUEST_KIND_LABELS[facts.kind]} » le ${longDateFr(facts.receivedOn)}. La réponse est attendue au plus tard le ${longDateFr(facts.deadline)}.`,
    ],
    action: { label: 'Voir le registre des demandes', url: facts.url },
    signature: teamSignature(facts.organisationName),
  });
}
