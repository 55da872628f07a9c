/**
 * The e-mail inviting someone to give their regard (360°): the beneficiary's first name only,
 * nothing else about them or their bilan.
 */
import { respondentInvitation } from '../../instruments/domain/softskills/feedback360.ts';
import { composeEmail, teamSignature, type EmailMessage } from '../../email/domain/message.ts';
import { RESPONDENT_DATA_NOTICE } from './notice.ts';

export function feedbackInvitationEmail(facts: {
  firstName: string;
  organisationName: string;
  expiresAt: Date;
  url: string;
}): EmailMessage {
  const invitation = respondentInvitation({ firstName: facts.firstName, expiresAt: facts.expiresAt });
  return composeEmail({
    subject: invitation.title,
    greeting: 'Bonjour,',
    paragraphs: [invitation.text],
    action: { label: 'Donner mon regard', url: facts.url },
    notes: [
      'Ce lien personnel ne sert qu’une fois. Si vous ne souhaitez pas répondre, ignorez simplement ce message.',
      RESPONDENT_DATA_NOTICE,
    ],
    signature: teamSignature(facts.organisationName),
  });
}
