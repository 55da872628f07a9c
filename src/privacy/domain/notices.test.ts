/** The third parties a bilan reaches are told what is kept about them and until when (decision 048). */
import { describe, expect, it } from 'vitest';
import { feedbackInvitationEmail } from '../../feedback/domain/emails.ts';
import { RESPONDENT_DATA_NOTICE } from '../../feedback/domain/notice.ts';

describe('the notice to 360° respondents', () => {
  it('is in the invitation, in both parts', () => {
    const message = feedbackInvitationEmail({
      firstName: 'Bruno',
      organisationName: 'Cap Avenir',
      expiresAt: new Date('2026-12-31T12:00:00Z'),
      url: 'https://sillage.exemple.fr/regard/abc',
    });
    expect(RESPONDENT_DATA_NOTICE).toMatch(
      /adresse e-mail et vos réponses .* détruites avec son contenu, à la fin du bilan/,
    );
    expect(message.text).toContain(RESPONDENT_DATA_NOTICE);
    expect(message.html).toContain('détruites avec son contenu');
  });
});
