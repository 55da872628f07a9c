/**
 * The French e-mails about documents and financing: the employer's signature link for the
 * tripartite convention, a document to sign for the beneficiary, and the consultant's notice
 * that a convention lapsed (silence means refusal, never a fault).
 */
import { composeEmail, STAFF_NOTICE_SIGNATURE, teamSignature, type EmailMessage } from '../../email/domain/message.ts';
import { REFUSAL_IS_NOT_A_FAULT } from '../../financing/domain/employer-plan.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import type { PlainDate } from '../../shared/calendar/plain-date.ts';

export function conventionLinkEmail(facts: {
  contactName: string | null;
  organisationName: string;
  beneficiaryName: string;
  url: string;
  expiresOn: PlainDate;
}): EmailMessage {
  return composeEmail({
    subject: `Convention de bilan de compétences de ${facts.beneficiaryName} à signer`,
    greeting: facts.contactName ? `Bonjour ${facts.contactName},` : 'Bonjour,',
    paragraphs: [
      `${facts.organisationName} vous transmet la convention tripartite du bilan de compétences de ${facts.beneficiaryName}, financé dans le cadre du plan de développement des compétences.`,
      'Lisez la convention, puis signez-la en tapant votre nom et en cochant la case de consentement. Vous ne recevrez que des informations administratives sur ce bilan : son contenu reste confidentiel.',
    ],
    action: { label: 'Lire et signer la convention', url: facts.url },
    notes: [
      `Ce lien personnel ne sert qu’une fois et expire le ${formatDateFr(facts.expiresOn)}. Ne le transférez pas.`,
    ],
    signature: teamSignature(facts.organisationName),
  });
}

export function documentToSignEmail(facts: {
  firstName: string;
  organisationName: string;
  title: string;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject: `Document à signer : ${facts.title}`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      `${facts.organisationName} vous propose le document « ${facts.title} ». Vous pouvez le lire et le signer dans votre espace Sillage.`,
    ],
    action: { label: 'Voir mes documents', url: facts.url },
    signature: teamSignature(facts.organisationName),
  });
}

export function conventionLapsedEmail(facts: {
  consultantFirstName: string;
  beneficiaryName: string;
  deadline: PlainDate;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject: `Convention de ${facts.beneficiaryName} réputée refusée`,
    greeting: `Bonjour ${facts.consultantFirstName},`,
    paragraphs: [
      `La convention tripartite du bilan de ${facts.beneficiaryName} n’a pas été signée par la ou le salarié·e au plus tard le ${formatDateFr(facts.deadline)} : elle est réputée refusée. ${REFUSAL_IS_NOT_A_FAULT}`,
    ],
    action: { label: 'Ouvrir le dossier', url: facts.url },
    signature: STAFF_NOTICE_SIGNATURE,
  });
}
