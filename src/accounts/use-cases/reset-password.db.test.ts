import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { PASSWORD, createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { logIn } from './log-in.ts';
import { resolveSession } from './resolve-session.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { resetPassword } from './reset-password.ts';

const origin = { ip: '192.0.2.44', userAgent: 'vitest' };
let deps: TestDeps;
let org: TestOrganisation;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
});

/** The token of the last link e-mailed to `to` (from the outbox, as an admin would read it). */
async function linkTokenSentTo(to: string, path: string): Promise<string> {
  const mail = await deps.db
    .selectFrom('outbox_emails')
    .select('text_body')
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const match = new RegExp(`${path}/([A-Za-z0-9_-]+)`).exec(mail.text_body);
  if (!match?.[1]) throw new Error(`No ${path} link in ${mail.text_body}`);
  return match[1];
}

describe('password reset', () => {
  it('sends nothing for an unknown address but answers the same', async () => {
    await expect(requestPasswordReset(deps, origin, { email: 'inconnu@exemple.fr' })).resolves.toBeUndefined();
    expect(
      await deps.db.selectFrom('outbox_emails').select('id').where('to_address', '=', 'inconnu@exemple.fr').execute(),
    ).toHaveLength(0);
  });

  it('resets once with the e-mailed link, closes other sessions, and refuses the link afterwards', async () => {
    const old = await logIn(deps, origin, { email: org.consultant.email, password: PASSWORD });
    await requestPasswordReset(deps, origin, { email: org.consultant.email });
    const token = await linkTokenSentTo(org.consultant.email, 'reinitialiser-mot-de-passe');
    await expect(resetPassword(deps, origin, { token, password: 'court' })).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { password: 'Le mot de passe doit contenir au moins 12 caractères.' },
    });
    // Issue 10, finding 8: common and whitespace-only passwords are refused, in French, and the link still works.
    for (const [password, message] of [
      ['password1234', 'Ce mot de passe est trop courant'],
      ['123456789012', 'Ce mot de passe est trop courant'],
      [' '.repeat(12), 'Choisissez un mot de passe qui ne soit pas fait que d’espaces.'],
    ] as const) {
      await expect(resetPassword(deps, origin, { token, password })).rejects.toMatchObject({
        code: 'validation_failed',
        status: 422,
        fields: { password: expect.stringContaining(message) as string },
      });
    }
    const { user } = await resetPassword(deps, origin, { token, password: 'un tout nouveau secret' });
    expect(user.id).toBe(org.consultant.id);
    expect(await resolveSession(deps, old.token, origin)).toBeUndefined();
    await expect(
      logIn(deps, origin, { email: org.consultant.email, password: 'un tout nouveau secret' }),
    ).resolves.toBeDefined();
    await expect(resetPassword(deps, origin, { token, password: 'encore un autre secret' })).rejects.toMatchObject({
      code: 'reset_invalid',
      status: 410,
    });
  });

  it('refuses a link after one hour', async () => {
    await requestPasswordReset(deps, origin, { email: org.admin.email });
    const token = await linkTokenSentTo(org.admin.email, 'reinitialiser-mot-de-passe');
    deps.clock.advance(60 * 60_000);
    await expect(resetPassword(deps, origin, { token, password: 'un tout nouveau secret' })).rejects.toMatchObject({
      code: 'reset_invalid',
    });
  });
});
