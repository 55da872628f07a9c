import { describe, expect, it } from 'vitest';
import { testDeps } from '../../../tests/support/deps.ts';
import { readSetupStatus } from './read-setup-status.ts';
import { setupOrganisation } from './setup-organisation.ts';

const origin = { ip: '192.0.2.10', userAgent: 'vitest' };
const input = {
  organisationName: 'Cap Avenir Conseil',
  firstName: 'Alice',
  lastName: 'Martin',
  email: 'alice@cap-avenir.fr',
  password: 'une phrase de passe',
};

describe('first-run set-up', () => {
  it('creates the first organisation and its admin once, then refuses; concurrent attempts create one', async () => {
    const deps = testDeps();
    expect(await readSetupStatus(deps)).toEqual({ required: true });

    const attempts = await Promise.allSettled([
      setupOrganisation(deps, origin, input),
      setupOrganisation(deps, origin, { ...input, email: 'other@cap-avenir.fr' }),
    ]);
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.find((a) => a.status === 'rejected')).toMatchObject({
      reason: { code: 'setup_already_done', status: 409 },
    });

    expect(await readSetupStatus(deps)).toEqual({ required: false });
    const organisations = await deps.db.selectFrom('organisations').selectAll().execute();
    expect(organisations).toHaveLength(1);
    expect(organisations[0]).toMatchObject({ name: 'Cap Avenir Conseil', slug: 'cap-avenir-conseil' });
    const admin = await deps.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(admin).toMatchObject({ role: 'admin', status: 'active' });
    expect(admin.password_hash).toMatch(/^\$argon2id\$/);

    const events = await deps.db.selectFrom('audit_events').select(['action', 'ip']).orderBy('id').execute();
    expect(events).toEqual([
      { action: 'organisation.created', ip: '192.0.2.10' },
      { action: 'auth.login_succeeded', ip: '192.0.2.10' },
    ]);
  });
});
