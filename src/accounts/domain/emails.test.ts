import { describe, expect, it } from 'vitest';
import { invitationEmail, passwordResetEmail } from './emails.ts';

describe('e-mails', () => {
  it('writes the invitation in French with the link in both parts and escapes names', () => {
    const mail = invitationEmail({
      role: 'beneficiary',
      firstName: 'Zoé <b>',
      organisationName: 'Cap & Avenir',
      inviterName: 'Léa Martin',
      url: 'http://localhost:3000/invitation/abc',
      expiresAt: new Date('2026-12-01T10:00:00Z'),
    });
    expect(mail.subject).toBe('Invitation à rejoindre Cap & Avenir sur Sillage');
    expect(mail.text).toContain('Bonjour Zoé <b>,');
    expect(mail.text).toContain('Activer mon compte : http://localhost:3000/invitation/abc');
    expect(mail.text).toContain('expire le 1 décembre 2026 à 11:00');
    expect(mail.html).toContain('lang="fr"');
    expect(mail.html).toContain('Zoé &lt;b&gt;');
    expect(mail.html).toContain('Cap &amp; Avenir');
    expect(mail.html).toContain('href="http://localhost:3000/invitation/abc"');
  });

  it('tells a reset requester what to do if it was not them, and which organisation’s account the link is for', () => {
    const mail = passwordResetEmail({
      firstName: 'Paul',
      organisationName: 'Cap Avenir',
      url: 'https://x/r',
      expiresAt: new Date('2026-03-29T01:30:00Z'),
    });
    expect(mail.subject).toBe('Réinitialisation de votre mot de passe Sillage (Cap Avenir)');
    expect(mail.text).toContain('votre compte Sillage chez Cap Avenir a été faite');
    expect(mail.text).toContain('Si vous n’êtes pas à l’origine de cette demande');
    expect(mail.text).toContain('29 mars 2026 à 03:30');
  });

  it('invites the first admin of an organisation created by the operator without naming an inviter', () => {
    const mail = invitationEmail({
      role: 'admin',
      firstName: 'Inès',
      organisationName: 'Horizons Bilans',
      inviterName: null,
      url: 'http://localhost:3000/invitation/abc',
      expiresAt: new Date('2026-12-01T10:00:00Z'),
    });
    expect(mail.text).toContain('Vous êtes invité·e à administrer l’espace de Horizons Bilans sur Sillage');
    expect(mail.text).not.toContain('null');
  });
});
